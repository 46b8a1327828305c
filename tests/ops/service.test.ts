import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { runNode } from '../run-node.js';
import { TOKEN } from '../telegram/harness.js';
import { checkTelegramService, freePort, type ServiceProcess, startService } from './service-process.js';

// The container's command (see the Dockerfile's CMD), run from the built tree.
const SERVE = 'dist/adapters/serve.js';

let fake: FakeTelegramApi | undefined;
let service: ServiceProcess | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  service?.child.kill('SIGKILL');
  await fake?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  fake = undefined;
  service = undefined;
  dataDir = undefined;
});

describe('the service entry point', () => {
  it('refuses to start without a bot token, says what to set, and does not fall back to the console', async () => {
    const { code, stdout, stderr } = await runNode(SERVE, [], { input: 'how many children?\n' });

    expect(code).toBe(1);
    expect(stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(stderr).toContain('DISCORD_BOT_TOKEN');
    expect(stdout).toBe('');
  });

  it('leaves any other configuration error to main, which names the variable', async () => {
    const { code, stderr } = await runNode(SERVE, [], { env: { TELEGRAM_BOT_TOKEN: 'not-a-token' } });

    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration: TELEGRAM_BOT_TOKEN');
  });

  it('runs the Telegram bot with health, readiness and metrics, and stops cleanly on SIGTERM', async () => {
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    dataDir = mkdtempSync(join(tmpdir(), 'bala-service-'));
    const port = await freePort();

    service = await startService({
      command: [process.execPath, SERVE],
      cwd: projectRoot,
      port,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        HTTP_PORT: String(port),
        DATA_DIR: dataDir,
      },
    });

    await checkTelegramService(service, fake);
  });
});
