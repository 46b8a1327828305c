import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoredChatLanguages } from '../../src/storage/chat-languages.js';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { DATABASE_FILE, SqliteStore } from '../../src/storage/sqlite-store.js';
import type { DeliveryKey } from '../../src/storage/store.js';

const NOW = new Date('2025-03-10T04:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const KEY: DeliveryKey = { platform: 'telegram', chatId: '1001', localDate: '2025-03-10', kind: 'daily' };
const SUB = {
  platform: 'telegram',
  chatId: '1001',
  time: '09:00',
  timeZone: 'Asia/Almaty',
  lang: 'en',
} as const;

let dir: string;
const open: SqliteStore[] = [];
function openStore(options: ConstructorParameters<typeof SqliteStore>[1] = {}): SqliteStore {
  const store = SqliteStore.open(dir, options);
  open.push(store);
  return store;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bala-store-'));
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore: the file and its schema', () => {
  it('creates DATA_DIR and one WAL-mode file, and migrations run once however often it opens', async () => {
    const nested = join(dir, 'data', 'bala');
    const first = SqliteStore.open(nested);
    await first.upsertSubscription(SUB, NOW);
    await first.close();
    expect(first.isOpen()).toBe(false);

    const second = SqliteStore.open(nested);
    open.push(second);
    expect(await second.activeSubscriptions()).toHaveLength(1);

    const raw = new BetterSqlite3(join(nested, DATABASE_FILE));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(migrate(raw)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    raw.close();
  });

  it('applies every migration to an empty database in order, and refuses one from a newer Bala', () => {
    const raw = new BetterSqlite3(':memory:');
    expect(migrate(raw)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(['chat_settings', 'deliveries', 'subscriptions']);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(raw)).toThrow(/newer than this Bala knows/);
    raw.close();
  });

  it('keeps one ledger row per destination, local date and kind (a unique constraint)', async () => {
    const store = openStore();
    await store.upsertSubscription(SUB, NOW);
    const raw = new BetterSqlite3(join(dir, DATABASE_FILE));
    const insert = raw.prepare(
      `INSERT INTO deliveries (platform, destination, local_date, kind, status, updated_at)
       VALUES ('telegram', '1001', '2025-03-10', ?, 'sent', 'x')`,
    );
    insert.run('daily');
    expect(() => insert.run('daily')).toThrow(/UNIQUE constraint failed/);
    insert.run('world-childrens-day');
    raw.close();
  });

  it('checks rows it reads back instead of trusting them', async () => {
    const store = openStore();
    await store.upsertSubscription(SUB, NOW);
    const raw = new BetterSqlite3(join(dir, DATABASE_FILE));
    raw.prepare("UPDATE subscriptions SET lang = 'xx'").run();
    raw.close();
    await expect(store.activeSubscriptions()).rejects.toThrow();
  });
});

describe('SqliteStore: subscriptions and languages', () => {
  it('keeps one subscription per chat: a second subscribe updates it, unsubscribe turns it off', async () => {
    const store = openStore();
    expect((await store.upsertSubscription(SUB, NOW)).wasActive).toBe(false);
    const again = await store.upsertSubscription({ ...SUB, time: '18:30' }, later(60_000));
    expect(again.wasActive).toBe(true);
    expect(again.subscription).toMatchObject({ time: '18:30', active: true, createdAt: NOW.toISOString() });
    expect(await store.activeSubscriptions()).toHaveLength(1);

    expect(await store.deactivateSubscription('telegram', '1001', later(120_000))).toBe(true);
    expect(await store.deactivateSubscription('telegram', '1001', later(120_000))).toBe(false);
    expect(await store.activeSubscriptions()).toEqual([]);
    const back = await store.upsertSubscription(SUB, later(180_000));
    expect(back.wasActive).toBe(false);
    expect(back.subscription.active).toBe(true);
  });

  it("posts in the chat's /language choice once it made one, and keeps it across restarts", async () => {
    const store = openStore();
    await store.upsertSubscription(SUB, NOW);
    const languages = new StoredChatLanguages(store);
    expect(await languages.get('telegram', '1001')).toBeUndefined();
    await languages.set('telegram', '1001', 'ru');
    await languages.set('telegram', '1001', 'kk');
    expect(await new StoredChatLanguages(openStore()).get('telegram', '1001')).toBe('kk');
    expect((await store.activeSubscriptions())[0]?.lang).toBe('kk');
    expect((await store.subscription('telegram', '1001'))?.lang).toBe('en');
  });
});

describe('SqliteStore: claims', () => {
  beforeEach(async () => {
    await openStore({ claimOwner: 'setup' }).upsertSubscription(SUB, NOW);
  });

  it('hands a post to one claimant only, and never again once sent', async () => {
    const mine = openStore({ claimOwner: 'host-a:1:aaaa' });
    const theirs = openStore({ claimOwner: 'host-b:2:bbbb' });
    expect(await mine.claimDelivery(KEY, 'fact-1', NOW)).toBe(true);
    expect(await mine.claimDelivery(KEY, 'fact-1', NOW)).toBe(false);
    expect(await theirs.claimDelivery(KEY, 'fact-1', NOW)).toBe(false);
    expect(await theirs.finishDelivery(KEY, { status: 'sent' }, NOW)).toBe(false);

    expect(await mine.finishDelivery(KEY, { status: 'sent' }, later(500))).toBe(true);
    expect(await mine.delivery(KEY)).toMatchObject({ status: 'sent', attempts: 1, factId: 'fact-1' });
    // Not even a day later, with every lease long over.
    expect(await theirs.claimDelivery(KEY, 'fact-1', later(86_400_000))).toBe(false);
    expect(await mine.claimDelivery(KEY, 'fact-1', later(86_400_000))).toBe(false);
  });

  it('takes over a claim whose lease ran out, but never its own', async () => {
    const mine = openStore({ claimOwner: 'host-a:1:aaaa', leaseMs: 60_000 });
    const theirs = openStore({ claimOwner: 'host-b:2:bbbb', leaseMs: 60_000 });
    expect(await mine.claimDelivery(KEY, null, NOW)).toBe(true);
    expect(await theirs.claimDelivery(KEY, null, later(59_000))).toBe(false);
    expect(await mine.claimDelivery(KEY, null, later(61_000))).toBe(false);
    expect(await theirs.claimDelivery(KEY, null, later(61_000))).toBe(true);
    expect(await mine.finishDelivery(KEY, { status: 'sent' }, later(62_000))).toBe(false);
    expect((await theirs.delivery(KEY))?.attempts).toBe(2);
  });

  it('retries a failed post up to the day’s cap, and never a gone destination', async () => {
    const store = openStore({ maxAttemptsPerDay: 3 });
    for (let i = 0; i < 3; i++) {
      expect(await store.claimDelivery(KEY, null, later(i))).toBe(true);
      await store.finishDelivery(KEY, { status: 'failed', reason: '500: Internal Server Error' }, later(i));
    }
    expect(await store.claimDelivery(KEY, null, later(10))).toBe(false);
    expect(await store.delivery(KEY)).toMatchObject({
      status: 'failed',
      attempts: 3,
      reason: '500: Internal Server Error',
    });

    const other = { ...KEY, kind: 'world-childrens-day' } as const;
    expect(await store.claimDelivery(other, null, NOW)).toBe(true);
    await store.finishDelivery(other, { status: 'gone', reason: '403: Forbidden' }, NOW);
    expect(await store.claimDelivery(other, null, later(86_400_000))).toBe(false);
  });

  it('releases the claims of a dead claimant so they are sent again, and counts them', async () => {
    const dead = openStore({ claimOwner: 'host-a:111:dead' });
    const alive = openStore({ claimOwner: 'host-a:222:live' });
    const next = openStore({ claimOwner: 'host-a:333:next', maxAttemptsPerDay: 1 });
    const other = { ...KEY, chatId: '1002' };
    await next.upsertSubscription({ ...SUB, chatId: '1002' }, NOW);
    expect(await dead.claimDelivery(KEY, null, NOW)).toBe(true);
    expect(await alive.claimDelivery(other, null, NOW)).toBe(true);

    const released = await next.releaseAbandonedClaims((owner) => owner.includes(':111:'), later(1000));

    expect(released).toBe(1);
    expect(await next.delivery(KEY)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/abandoned/),
    });
    // Claimable again even with the attempts cap reached, or the post would be lost.
    expect(await next.claimDelivery(KEY, null, later(2000))).toBe(true);
    expect(await next.claimDelivery(other, null, later(2000))).toBe(false);
  });
});
