import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import { shippedCore } from '../helpers.js';
import { runNode } from '../run-node.js';

const SCRIPT = 'dist/scripts/deliver.js';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bala-deliver-cli-'));
  const store = SqliteStore.open(dir);
  const now = new Date('2025-11-01T00:00:00Z');
  const sub = { platform: 'telegram', time: '09:00', lang: 'en' } as const;
  await store.upsertSubscription({ ...sub, chatId: '111', timeZone: 'Asia/Almaty' }, now);
  await store.upsertSubscription({ ...sub, chatId: '222', timeZone: 'Europe/Berlin' }, now);
  await store.upsertSubscription({ ...sub, chatId: '333', timeZone: 'Asia/Almaty' }, now);
  await store.deactivateSubscription('telegram', '333', now);
  await store.upsertSubscription(
    {
      platform: 'discord',
      chatId: '1200000000000000010',
      time: '08:30',
      timeZone: 'Asia/Almaty',
      lang: 'ru',
    },
    now,
  );
  await store.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run deliver -- --dry-run', () => {
  it('prints one line per destination due at --at, with its local time, kind and fact, and sends nothing', async () => {
    const { stdout, stderr, code } = await runNode(SCRIPT, ['--dry-run', '--at', '2025-11-19T04:00:00Z'], {
      env: { DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });

    expect(code, stderr).toBe(0);
    const core = shippedCore();
    const fact = (key: string, lang: 'en' | 'ru') => core.today(key, '2025-11-19', lang).fact?.id;
    expect(stdout.trim().split('\n')).toEqual([
      `discord\t1200000000000000010\t2025-11-19 09:00 Asia/Almaty\tdaily\t${fact('discord:1200000000000000010', 'ru')}\tru\tnew`,
      `telegram\t111\t2025-11-19 09:00 Asia/Almaty\tdaily\t${fact('telegram:111', 'en')}\ten\tnew`,
    ]);
    expect(stderr).toContain(
      '2 of 3 active subscriptions due at 2025-11-19T04:00:00.000Z (dry run: nothing sent)',
    );
  });

  it("shows the World Children's Day post on 20 November local date", async () => {
    const { stdout } = await runNode(SCRIPT, ['--dry-run', '--at', '2025-11-20T08:00:00+00:00'], {
      env: { DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('telegram\t222\t'))).toBe(
      'telegram\t222\t2025-11-20 09:00 Europe/Berlin\tworld-childrens-day\t-\ten\tnew',
    );
  });

  it('rejects arguments it does not understand, with the usage', async () => {
    for (const args of [['--at', '2025-11-20T08:00:00Z'], ['--dry-run', '--at', 'tomorrow'], ['--soon']]) {
      const { stderr, code } = await runNode(SCRIPT, args, { env: { DATA_DIR: dir } });
      expect(code, args.join(' ')).toBe(1);
      expect(stderr).toContain('Usage: npm run deliver');
    }
  });

  it('needs a bot token to deliver for real', async () => {
    const { stderr, code } = await runNode(SCRIPT, [], { env: { DATA_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toContain('Set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN');
  });
});
