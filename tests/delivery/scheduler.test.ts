import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramPublisher } from '../../adapters/telegram/publisher.js';
import { DeliveryScheduler, type SchedulerOptions } from '../../src/delivery/scheduler.js';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import type { DeliveryKey, SubscriptionInput } from '../../src/storage/store.js';
import { startHarness as startDiscordHarness } from '../discord/harness.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { shippedCore } from '../helpers.js';
import { type MemoryLog, memoryLog, messagesTo, TOKEN } from '../telegram/harness.js';
import { FakeClock } from './fake-clock.js';

const core = shippedCore();
const ALMATY = 'Asia/Almaty'; // UTC+5 all year
const BERLIN = 'Europe/Berlin'; // UTC+1 in March and November
const NEW_YORK = 'America/New_York'; // UTC-5 in November

let fake: FakeTelegramApi;
let dir: string;
let clock: FakeClock;
let log: MemoryLog;
const stores: SqliteStore[] = [];
const schedulers: DeliveryScheduler[] = [];

beforeEach(async () => {
  fake = new FakeTelegramApi({ token: TOKEN });
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'bala-delivery-'));
  log = memoryLog();
});

afterEach(async () => {
  for (const scheduler of schedulers.splice(0)) await scheduler.stop();
  for (const store of stores.splice(0)) await store.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A store on the test's DATA_DIR: opening a second one is how a test restarts the process. */
function openStore(): SqliteStore {
  const store = SqliteStore.open(dir);
  stores.push(store);
  return store;
}

function newScheduler(store: SqliteStore, options: Partial<SchedulerOptions> = {}): DeliveryScheduler {
  const scheduler = new DeliveryScheduler({
    store,
    core,
    publishers: [new TelegramPublisher(new Api(TOKEN, { apiRoot: fake.apiRoot }))],
    logger: log.logger,
    clock,
    ...options,
  });
  schedulers.push(scheduler);
  return scheduler;
}

async function subscribe(store: SqliteStore, chatId: number, time: string, timeZone: string): Promise<void> {
  const input: SubscriptionInput = {
    platform: 'telegram',
    chatId: String(chatId),
    time,
    timeZone,
    lang: 'en',
  };
  await store.upsertSubscription(input, clock.now());
}

const key = (chatId: number, localDate: string, kind: DeliveryKey['kind'] = 'daily'): DeliveryKey => ({
  platform: 'telegram',
  chatId: String(chatId),
  localDate,
  kind,
});

describe('DeliveryScheduler: when posts are due', () => {
  it('posts to a chat in Almaty and a chat in Berlin each at their own 09:00', async () => {
    clock = new FakeClock('2025-03-10T03:59:00Z');
    const store = openStore();
    await subscribe(store, 501, '09:00', ALMATY);
    await subscribe(store, 502, '09:00', BERLIN);
    const scheduler = newScheduler(store);

    expect(await scheduler.runOnce()).toMatchObject({ sent: 0 });
    clock.set('2025-03-10T04:00:00Z'); // 09:00 in Almaty, 05:00 in Berlin
    await scheduler.runOnce();
    expect([messagesTo(fake, 501).length, messagesTo(fake, 502).length]).toEqual([1, 0]);
    clock.set('2025-03-10T07:59:00Z'); // 08:59 in Berlin
    await scheduler.runOnce();
    expect(messagesTo(fake, 502)).toHaveLength(0);
    clock.set('2025-03-10T08:00:00Z'); // 09:00 in Berlin
    await scheduler.runOnce();

    expect([messagesTo(fake, 501).length, messagesTo(fake, 502).length]).toEqual([1, 1]);
    expect(scheduler.summary()).toMatchObject({ sent: 2, failed: 0, gone: 0 });
    for (const chatId of [501, 502]) {
      const daily = core.today(`telegram:${chatId}`, '2025-03-10', 'en');
      expect(await store.delivery(key(chatId, '2025-03-10'))).toMatchObject({
        status: 'sent',
        attempts: 1,
        factId: daily.fact?.id,
      });
      expect(messagesTo(fake, chatId)[0]?.text).toContain(daily.fact?.answer);
    }
  });

  it("sends the World Children's Day post on 20 November local date, and the daily fact where it is still the 19th", async () => {
    clock = new FakeClock('2025-11-20T04:00:00Z'); // 09:00 on the 20th in Almaty, 23:00 on the 19th in New York
    const store = openStore();
    await subscribe(store, 601, '09:00', ALMATY);
    await subscribe(store, 602, '09:00', NEW_YORK);

    await newScheduler(store).runOnce();

    const wcd = core.worldChildrensDay('en');
    const [almaty] = messagesTo(fake, 601);
    expect(almaty?.text).toContain(wcd.title);
    expect(almaty?.text).toContain(wcd.sections?.[0]?.heading);
    expect(almaty?.text).not.toContain('Fact of the day');
    expect(await store.delivery(key(601, '2025-11-20', 'world-childrens-day'))).toMatchObject({
      status: 'sent',
      factId: null,
    });
    expect(await store.delivery(key(601, '2025-11-20', 'daily'))).toBeUndefined();

    const [newYork] = messagesTo(fake, 602);
    expect(newYork?.text).toContain('Fact of the day');
    expect(await store.delivery(key(602, '2025-11-19', 'daily'))).toMatchObject({ status: 'sent' });
  });

  it('catches up at start-up on a post missed while down, when it is still the same local day', async () => {
    clock = new FakeClock('2025-03-10T03:00:00Z'); // 08:00 in Almaty: the bot stops before 09:00
    const store = openStore();
    await subscribe(store, 701, '09:00', ALMATY);
    await store.close();

    clock.set('2025-03-10T09:30:00Z'); // 14:30 the same day: the bot is back
    const scheduler = newScheduler(openStore());
    await scheduler.start();
    await scheduler.idle();

    expect(messagesTo(fake, 701)).toHaveLength(1);
    expect(scheduler.summary()).toMatchObject({ sent: 1 });
  });

  it('never sends a post for a day that is over', async () => {
    clock = new FakeClock('2025-03-10T03:00:00Z');
    const store = openStore();
    await subscribe(store, 801, '09:00', ALMATY);
    await store.close();

    // Down all of 10 March (Almaty); back at 07:00 on the 11th, before the post time.
    clock.set('2025-03-11T02:00:00Z');
    const restarted = openStore();
    const scheduler = newScheduler(restarted);
    await scheduler.runOnce();
    expect(fake.callsOf('sendMessage')).toEqual([]);
    expect(await restarted.deliveriesBetween('2025-03-01', '2025-03-31')).toEqual([]);

    clock.set('2025-03-11T04:00:00Z');
    await scheduler.runOnce();
    expect(messagesTo(fake, 801)).toHaveLength(1);
    expect((await restarted.deliveriesBetween('2025-03-01', '2025-03-31')).map((r) => r.localDate)).toEqual([
      '2025-03-11',
    ]);
  });
});

describe('DeliveryScheduler: platform answers', () => {
  beforeEach(() => {
    clock = new FakeClock('2025-03-10T04:00:00Z');
  });

  it('unsubscribes a chat that blocked the bot (403) and records it as gone', async () => {
    const store = openStore();
    await subscribe(store, 901, '09:00', ALMATY);
    fake.failNext('sendMessage', { kind: 'blocked' });
    const scheduler = newScheduler(store);

    expect(await scheduler.runOnce()).toMatchObject({ gone: 1, sent: 0 });

    expect((await store.subscription('telegram', '901'))?.active).toBe(false);
    expect(await store.delivery(key(901, '2025-03-10'))).toMatchObject({
      status: 'gone',
      reason: '403: Forbidden: bot was blocked by the user',
    });
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
    clock.set('2025-03-11T04:00:00Z');
    await scheduler.runOnce();
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
  });

  it('unsubscribes a Discord channel the bot lost access to (50001) and records it as gone', async () => {
    const discord = await startDiscordHarness();
    try {
      const store = openStore();
      const channel = '1200000000000000010';
      await store.upsertSubscription(
        { platform: 'discord', chatId: channel, time: '09:00', timeZone: ALMATY, lang: 'en' },
        clock.now(),
      );
      discord.fake.failChannel(channel, 'no_access');
      const scheduler = newScheduler(store, { publishers: [discord.bot.publisher] });

      expect(await scheduler.runOnce()).toMatchObject({ gone: 1 });
      expect((await store.subscription('discord', channel))?.active).toBe(false);
      expect(
        await store.delivery({ ...key(0, '2025-03-10'), platform: 'discord', chatId: channel }),
      ).toMatchObject({ status: 'gone', reason: 'discord 50001: missing access' });
    } finally {
      await discord.stop();
    }
  });

  it("waits out a 429's retry_after, then sends once", async () => {
    const store = openStore();
    await subscribe(store, 902, '09:00', ALMATY);
    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 7 });

    expect(await newScheduler(store).runOnce()).toMatchObject({ sent: 1, failed: 0 });

    const calls = fake.callsOf('sendMessage');
    expect(calls.map((c) => c.error?.error_code ?? 'ok')).toEqual([429, 'ok']);
    expect(messagesTo(fake, 902)).toHaveLength(1);
    expect(clock.sleeps).toContain(7000);
    expect(await store.delivery(key(902, '2025-03-10'))).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries 5xx with growing backoff, records failed, and the next tick sends it', async () => {
    const store = openStore();
    await subscribe(store, 903, '09:00', ALMATY);
    fake.failNext('sendMessage', { kind: 'server_error', status: 502 }, 4);
    const scheduler = newScheduler(store);

    expect(await scheduler.runOnce()).toMatchObject({ failed: 1, sent: 0 });
    expect(fake.callsOf('sendMessage')).toHaveLength(4);
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toEqual([1000, 2000, 4000]);
    expect(await store.delivery(key(903, '2025-03-10'))).toMatchObject({
      status: 'failed',
      attempts: 1,
      reason: '502: Bad Gateway',
    });

    clock.set('2025-03-10T04:01:00Z');
    await scheduler.runOnce();
    expect(messagesTo(fake, 903)).toHaveLength(1);
    expect(await store.delivery(key(903, '2025-03-10'))).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('stops retrying a failing chat for the day after the attempts cap', async () => {
    const store = openStore();
    await subscribe(store, 904, '09:00', ALMATY);
    fake.failNext('sendMessage', { kind: 'server_error' }, 100);
    const scheduler = newScheduler(store, { retry: { maxTries: 1 }, maxAttemptsPerDay: 3 });

    for (let minute = 0; minute < 5; minute++) {
      clock.set(new Date(Date.parse('2025-03-10T04:00:00Z') + minute * 60_000));
      await scheduler.runOnce();
    }

    expect(fake.callsOf('sendMessage')).toHaveLength(3);
    expect(await store.delivery(key(904, '2025-03-10'))).toMatchObject({ status: 'failed', attempts: 3 });
  });
});

describe('DeliveryScheduler: exactly once across restarts', () => {
  beforeEach(() => {
    clock = new FakeClock('2025-03-10T04:00:00Z');
  });

  it('never sends a sent post again after a restart', async () => {
    const first = openStore();
    for (const chatId of [1001, 1002, 1003]) await subscribe(first, chatId, '09:00', ALMATY);
    expect(await newScheduler(first).runOnce()).toMatchObject({ sent: 3 });
    await first.close();

    clock.set('2025-03-10T15:00:00Z');
    const restarted = newScheduler(openStore());
    expect(await restarted.runOnce()).toEqual({ sent: 0, failed: 0, gone: 0, skipped: 0, released: 0 });
    expect(fake.sendMessageCount()).toBe(3);
  });

  it('sends again, once, a post whose sender died after claiming it, and says so in the log', async () => {
    const dying = openStore();
    await subscribe(dying, 1101, '09:00', ALMATY);
    await subscribe(dying, 1102, '09:00', ALMATY);
    // The earlier run claimed 1101 and was killed before it could record the outcome.
    expect(await dying.claimDelivery(key(1101, '2025-03-10'), null, clock.now())).toBe(true);
    await dying.close();

    // Same pid, different run: the claim owner is certainly gone.
    const scheduler = newScheduler(openStore());
    expect(await scheduler.runOnce()).toMatchObject({ sent: 2 });

    expect(messagesTo(fake, 1101)).toHaveLength(1);
    expect(messagesTo(fake, 1102)).toHaveLength(1);
    const warning = log.lines().find((line) => line.includes('earlier run stopped'));
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ count: 1 });
  });

  it('deletes ledger rows after 30 days, keeping the recent ones', async () => {
    const store = openStore();
    await subscribe(store, 1401, '23:00', ALMATY);
    for (const date of ['2025-01-31', '2025-02-10', '2025-03-01']) {
      await store.claimDelivery(key(1401, date), null, clock.now());
      await store.finishDelivery(key(1401, date), { status: 'sent' }, clock.now());
    }

    await newScheduler(store).runOnce();

    const dates = (await store.deliveriesBetween('2025-01-01', '2025-12-31')).map((r) => r.localDate);
    expect(dates.sort()).toEqual(['2025-02-10', '2025-03-01']);
  });

  it('leaves a post claimed by another live sender alone', async () => {
    const store = openStore();
    await subscribe(store, 1201, '09:00', ALMATY);
    const otherHost = SqliteStore.open(dir, { claimOwner: 'another-host:4242:live' });
    stores.push(otherHost);
    expect(await otherHost.claimDelivery(key(1201, '2025-03-10'), null, clock.now())).toBe(true);

    expect(await newScheduler(store).runOnce()).toMatchObject({ skipped: 1, sent: 0 });
    expect(fake.callsOf('sendMessage')).toEqual([]);
  });

  it('stops promptly: a post waiting to retry gives its claim back instead of holding it', async () => {
    const store = openStore();
    await subscribe(store, 1301, '09:00', ALMATY);
    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 120 });
    // A clock whose sleeps never end by themselves: only stop() can end the wait.
    let sleeping = () => {};
    const asleep = new Promise<void>((resolve) => {
      sleeping = resolve;
    });
    clock.sleep = (_ms, signal) => {
      sleeping();
      return new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason)),
      );
    };
    const scheduler = newScheduler(store);
    const run = scheduler.runOnce();
    await asleep;

    await scheduler.stop();
    expect(await run).toMatchObject({ released: 1, sent: 0 });
    expect(await store.delivery(key(1301, '2025-03-10'))).toMatchObject({
      status: 'failed',
      reason: 'released: stopped before sending',
    });
  });
});
