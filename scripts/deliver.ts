import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { z } from 'zod';
import { DiscordPublisher } from '../adapters/discord/publisher.js';
import { TelegramPublisher } from '../adapters/telegram/publisher.js';
import { type Config, ConfigError, parseConfig, secretsOf } from '../src/config.js';
import { BalaCore } from '../src/core.js';
import { duePosts, localDateRange } from '../src/delivery/due.js';
import { TELEGRAM_MESSAGES_PER_SECOND } from '../src/delivery/platform-limits.js';
import { DeliveryScheduler } from '../src/delivery/scheduler.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger, type Logger } from '../src/logger.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import type { Publisher } from '../src/platform.js';
import { DATABASE_FILE, SqliteStore } from '../src/storage/sqlite-store.js';
import { MAX_ATTEMPTS_PER_DAY } from '../src/storage/store.js';

const USAGE = `Usage: npm run deliver -- [--dry-run [--at ISO-TIME]] [--rate N]
  --dry-run      print what is due (one line per destination) and send nothing
  --at ISO-TIME  with --dry-run: what is due at that moment instead of now (e.g. 2025-11-20T04:00:00Z)
  --rate N       Telegram messages a second (default ${TELEGRAM_MESSAGES_PER_SECOND}, Telegram's limit;
                 higher only against a local fake Bot API, for tests)
Without --dry-run it delivers what is due now, through the platforms whose tokens are set, and exits.`;

const argsSchema = z
  .object({
    'dry-run': z.boolean().default(false),
    at: z.iso.datetime({ offset: true }).optional(),
    rate: z.coerce.number().int().min(1).max(10_000).default(TELEGRAM_MESSAGES_PER_SECOND),
    help: z.boolean().default(false),
  })
  .refine((a) => a.at === undefined || a['dry-run'], {
    message: '--at works with --dry-run only: a real delivery is always for now',
    path: ['at'],
  });

type Args = z.infer<typeof argsSchema>;

function readArgs(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean' },
      at: { type: 'string' },
      rate: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

class UsageError extends Error {}

/** One line per due destination: platform, chat id, its local time and zone, local date, kind, fact id. */
async function dryRun(config: Config, at: Date): Promise<void> {
  const path = join(config.dataDir, DATABASE_FILE);
  if (!existsSync(path)) {
    process.stderr.write(`No database at ${path}: nothing is due.\n`);
    return;
  }
  const store = SqliteStore.open(config.dataDir);
  try {
    const core = new BalaCore(loadKnowledge(config.knowledgeDir ?? defaultKnowledgeDir));
    const subscriptions = await store.activeSubscriptions();
    const [from, to] = localDateRange(subscriptions, at);
    const ledger = subscriptions.length === 0 ? [] : await store.deliveriesBetween(from, to);
    const due = duePosts(subscriptions, ledger, at, MAX_ATTEMPTS_PER_DAY);
    for (const { subscription: s, key, localTime, previous } of due) {
      const reply = core.today(`${key.platform}:${key.chatId}`, key.localDate, s.lang);
      const fields = [
        key.platform,
        key.chatId,
        `${key.localDate} ${localTime} ${s.timeZone}`,
        key.kind,
        reply.fact?.id ?? '-',
        s.lang,
        previous ? `retry (was ${previous})` : 'new',
      ];
      process.stdout.write(`${fields.join('\t')}\n`);
    }
    process.stderr.write(
      `${due.length} of ${subscriptions.length} active subscriptions due at ${at.toISOString()} (dry run: nothing sent)\n`,
    );
  } finally {
    await store.close();
  }
}

async function publishers(
  config: Config,
  logger: Logger,
): Promise<{ list: Publisher[]; close(): Promise<void> }> {
  const list: Publisher[] = [];
  const closers: Array<() => Promise<void>> = [];
  if (config.telegram) {
    const api = new Api(config.telegram.token, { apiRoot: config.telegram.apiRoot, timeoutSeconds: 30 });
    list.push(new TelegramPublisher(api));
  }
  if (config.discord) {
    const { connectClient, createDiscordClient } = await import('../adapters/discord/client.js');
    const client = createDiscordClient(config.discord.apiRoot);
    await connectClient(client, config.discord.token);
    list.push(new DiscordPublisher(client, logger));
    closers.push(() => client.destroy());
  }
  return { list, close: async () => void (await Promise.allSettled(closers.map((c) => c()))) };
}

/** Delivers what is due now and exits; SIGTERM/SIGINT stop it cleanly (claims not yet sent are given back). */
async function deliverNow(config: Config, args: Args): Promise<void> {
  const logger = createLogger(config.logLevel, secretsOf(config));
  if (!config.telegram && !config.discord) {
    throw new ConfigError('Set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN to deliver (or use --dry-run).');
  }
  const store = SqliteStore.open(config.dataDir);
  logger.info({ path: store.path }, 'storage open');
  const platforms = await publishers(config, logger);
  const scheduler = new DeliveryScheduler({
    store,
    core: new BalaCore(loadKnowledge(config.knowledgeDir ?? defaultKnowledgeDir)),
    publishers: platforms.list,
    logger,
    telegramPerSecond: args.rate,
  });
  const onSignal = () => void scheduler.stop();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const started = Date.now();
    const summary = await scheduler.runOnce();
    await scheduler.stop();
    const line = Object.entries(summary)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
    process.stdout.write(`deliver: ${line} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await platforms.close();
    await store.close();
    logger.flush();
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = parseConfig(process.env);
  if (args['dry-run']) await dryRun(config, args.at ? new Date(args.at) : new Date());
  else await deliverNow(config, args);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${USAGE}\n`);
  }
  process.exitCode = 1;
});
