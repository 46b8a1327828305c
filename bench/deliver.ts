import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { pino } from 'pino';
import { z } from 'zod';
import { TelegramPublisher } from '../adapters/telegram/publisher.js';
import { BalaCore } from '../src/core.js';
import { CONCURRENCY, TELEGRAM_MESSAGES_PER_SECOND } from '../src/delivery/platform-limits.js';
import { DeliveryScheduler } from '../src/delivery/scheduler.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import { SqliteStore } from '../src/storage/sqlite-store.js';
import { FAKE_BOT_INFO, FakeTelegramApi } from '../tests/fakes/telegram-api.js';

/**
 * `npm run bench:deliver -- [--count N] [--rate N] [--concurrency N] [--latency MS]`: N due subscriptions in
 * a temporary SQLite database, delivered by the real scheduler through the real TelegramPublisher (grammY)
 * to the local fake Bot API, at `rate` messages a second. Prints wall time against the ideal N / rate, and
 * the sends, duplicates and losses the fake server counted. At Telegram's real 30 a second, 10,000 posts
 * take 333 s; a higher rate checks the same path in less time.
 */
const args = z
  .object({
    count: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    rate: z.coerce.number().int().min(1).max(100_000).default(TELEGRAM_MESSAGES_PER_SECOND),
    concurrency: z.coerce.number().int().min(1).max(1000).default(CONCURRENCY.telegram),
    latency: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .parse(
    parseArgs({
      args: process.argv.slice(2),
      options: {
        count: { type: 'string' },
        rate: { type: 'string' },
        concurrency: { type: 'string' },
        latency: { type: 'string' },
      },
      strict: true,
    }).values,
  );

const TOKEN = `${FAKE_BOT_INFO.id}:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaa`;
const FIRST_CHAT = 10_000_001;

const dataDir = mkdtempSync(join(tmpdir(), 'bala-bench-deliver-'));
const fake = new FakeTelegramApi({ token: TOKEN, latencyMs: args.latency });
const store = SqliteStore.open(dataDir);
try {
  await fake.start();
  const now = new Date();
  // 00:00 in UTC: every subscription is due the moment the run starts.
  for (let i = 0; i < args.count; i++) {
    await store.upsertSubscription(
      { platform: 'telegram', chatId: String(FIRST_CHAT + i), time: '00:00', timeZone: 'UTC', lang: 'en' },
      now,
    );
  }
  const scheduler = new DeliveryScheduler({
    store,
    core: new BalaCore(loadKnowledge(defaultKnowledgeDir)),
    publishers: [new TelegramPublisher(new Api(TOKEN, { apiRoot: fake.apiRoot }))],
    logger: pino({ level: 'silent' }),
    telegramPerSecond: args.rate,
    concurrency: { telegram: args.concurrency },
  });

  const started = performance.now();
  const summary = await scheduler.runOnce();
  const wallS = (performance.now() - started) / 1000;
  await scheduler.stop();

  let duplicates = 0;
  let losses = 0;
  for (let i = 0; i < args.count; i++) {
    const received = fake.sendMessageCount(FIRST_CHAT + i);
    if (received === 0) losses++;
    if (received > 1) duplicates += received - 1;
  }
  const idealS = args.count / args.rate;
  const ratio = wallS / idealS;
  const met = ratio <= 1.1 && duplicates === 0 && losses === 0;
  const rows: [string, string][] = [
    ['subscriptions due', String(args.count)],
    ['rate', `${args.rate}/s (concurrency ${args.concurrency}, fake latency ${args.latency} ms)`],
    ['ideal (N / rate)', `${idealS.toFixed(2)} s`],
    ['wall time', `${wallS.toFixed(2)} s`],
    ['ratio wall / ideal', ratio.toFixed(3)],
    ['sends received', String(fake.sendMessageCount())],
    ['duplicates', String(duplicates)],
    ['losses', String(losses)],
    [
      'ledger outcomes',
      Object.entries(summary)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    ],
    ['target (<= 1.10, 0 dup, 0 lost)', met ? 'met' : 'NOT met'],
  ];
  console.log(`bench:deliver · node ${process.version}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(32)} ${value}`);
  if (duplicates > 0 || losses > 0) process.exitCode = 1;
} finally {
  await store.close();
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
