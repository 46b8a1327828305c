import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { runNode } from '../run-node.js';
import { TOKEN } from '../telegram/harness.js';
import { zoneAwayFromMidnight } from './zones.js';

const DESTINATIONS = 3000;
const KILL_AFTER = 1000;
const RATE = '300';
const FIRST_CHAT = 20_000_001;
const SCRIPT = 'dist/scripts/deliver.js';

let dir: string | undefined;
let fake: FakeTelegramApi | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  child?.kill('SIGKILL');
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = fake = child = undefined;
});

function exited(process: ChildProcess): Promise<void> {
  return new Promise((resolve) => process.once('exit', () => resolve()));
}

describe('npm run deliver killed with SIGKILL in the middle of a large delivery', () => {
  it('leaves every destination with exactly one post after a restart, except posts in flight at the kill', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bala-sigkill-'));
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const zone = zoneAwayFromMidnight(new Date());
    const seed = SqliteStore.open(dir);
    for (let i = 0; i < DESTINATIONS; i++) {
      await seed.upsertSubscription(
        { platform: 'telegram', chatId: String(FIRST_CHAT + i), time: '00:00', timeZone: zone, lang: 'en' },
        new Date(),
      );
    }
    await seed.close();
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      HTTP_PORT: '0',
    };

    child = spawn(process.execPath, [SCRIPT, '--rate', RATE], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore',
    });
    const killed = exited(child);
    const apiFake = fake;
    await apiFake.waitForCall('sendMessage', () => apiFake.sendMessageCount() >= KILL_AFTER, 60_000);
    child.kill('SIGKILL');
    await killed;
    const receivedAtKill = fake.sendMessageCount();

    const inspector = SqliteStore.open(dir, { claimOwner: 'test-inspector' });
    const ledger = await inspector.deliveriesBetween('0000-01-01', '9999-12-31');
    await inspector.close();
    const inFlight = new Set(ledger.filter((row) => row.status === 'claimed').map((row) => row.chatId));
    expect(ledger.filter((row) => row.status === 'sent').length).toBeLessThan(DESTINATIONS);

    const restart = await runNode(SCRIPT, ['--rate', RATE], { env });
    expect(restart.code, restart.stderr).toBe(0);
    const released = restart.stderr
      .split('\n')
      .filter((line) => line.includes('earlier run stopped'))
      .map((line) => (JSON.parse(line) as { count: number }).count);
    expect(released).toEqual(inFlight.size > 0 ? [inFlight.size] : []);

    const perChat = Array.from(
      { length: DESTINATIONS },
      (_, i) => fake?.sendMessageCount(FIRST_CHAT + i) ?? 0,
    );
    const lost = perChat.filter((n) => n === 0).length;
    const once = perChat.filter((n) => n === 1).length;
    const twice = perChat.flatMap((n, i) => (n === 2 ? [String(FIRST_CHAT + i)] : []));
    console.log(
      `SIGKILL test: ${DESTINATIONS} destinations; killed after the fake Bot API had received ${receivedAtKill} posts; ` +
        `${inFlight.size} claimed (in flight) at the kill; after the restart: ${once} got exactly one post, ` +
        `${twice.length} got two (in flight at the kill), ${lost} got none; restart: ${restart.stdout.trim()}`,
    );
    expect(lost).toBe(0);
    expect(perChat.every((n) => n <= 2)).toBe(true);
    for (const chatId of twice) expect(inFlight.has(chatId)).toBe(true);
    expect(once + twice.length).toBe(DESTINATIONS);
  }, 120_000);
});
