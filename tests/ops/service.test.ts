import { describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { runNode } from '../run-node.js';
import { TOKEN } from '../telegram/harness.js';
import { checkTelegramService, serviceFixture, startTelegramService } from './service-process.js';

// The container's command (see the Dockerfile's CMD), run from the built tree.
const SERVE = 'dist/adapters/serve.js';

const fixture = serviceFixture();

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
    const fake = new FakeTelegramApi({ token: TOKEN });
    fixture.fake = fake;
    await fake.start();
    fixture.service = await startTelegramService({
      apiRoot: fake.apiRoot,
      dataDir: fixture.dataDir(),
      script: SERVE,
      env: { NODE_ENV: 'production' },
    });

    await checkTelegramService(fixture.service, fake);
  });
});
