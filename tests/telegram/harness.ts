import { Writable } from 'node:stream';
import type { Bot } from 'grammy';
import type { Message } from 'grammy/types';
import { type Logger, pino } from 'pino';
import { afterEach } from 'vitest';
import type { ChatLanguages } from '../../adapters/platform-deps.js';
import { createTelegramBot } from '../../adapters/telegram/bot.js';
import type { BotContext } from '../../adapters/telegram/bot-env.js';
import { ALLOWED_UPDATES } from '../../adapters/telegram/receiver.js';
import { type Config, parseConfig } from '../../src/config.js';
import type { BalaCore } from '../../src/core.js';
import { scrubber } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import type { SubscriptionService } from '../../src/platform.js';
import { FAKE_BOT_INFO, FakeTelegramApi, type RecordedCall } from '../fakes/telegram-api.js';
import { shippedCore, storedSubscriptions } from '../helpers.js';

/** Long enough for config validation (/^\d+:[\w-]{20,}$/), unlike the fake's default. */
export const TOKEN = `${FAKE_BOT_INFO.id}:TEST-TOKEN-aaaaaaaaaaaaaaaaaaaa`;

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, HTTP_PORT: '0', ...env });
}

export interface MemoryLog {
  logger: Logger;
  lines(): string[];
  text(): string;
}

/**
 * A logger set up like src/logger.ts createLogger (the same scrubbing serializer and message hook) that
 * writes to memory, so tests can read what would have been logged. No timestamps: ids are searched for.
 */
export function memoryLog(secrets: readonly string[] = [TOKEN], level = 'debug'): MemoryLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const scrub = scrubber(secrets);
  const logger = pino(
    {
      level,
      base: undefined,
      timestamp: false,
      serializers: {
        err: (err: unknown) => JSON.parse(scrub(JSON.stringify(pino.stdSerializers.err(err as Error)))),
      },
      hooks: {
        logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)),
          );
        },
      },
    },
    stream,
  );
  return { logger, lines: () => [...lines], text: () => lines.join('\n') };
}

export interface HarnessOptions {
  core?: BalaCore;
  subscriptions?: SubscriptionService;
  env?: Record<string, string>;
  now?: () => Date;
  random?: () => number;
  log?: MemoryLog;
  metrics?: Metrics;
  /** Where /language keeps choices; without it the bot keeps them in memory. */
  languages?: ChatLanguages;
}

export interface Harness {
  fake: FakeTelegramApi;
  bot: Bot<BotContext>;
  core: BalaCore;
  log: MemoryLog;
  stop(): Promise<void>;
}

/**
 * The real bot from createTelegramBot, long polling a local fake Bot API. Resolves once the first
 * getUpdates arrived, so updates pushed afterwards are handled in order.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = new FakeTelegramApi({ token: TOKEN });
  await fake.start();
  const core = options.core ?? shippedCore();
  const log = options.log ?? memoryLog();
  const bot = createTelegramBot(
    core,
    {
      config: testConfig(options.env),
      logger: log.logger,
      subscriptions: options.subscriptions ?? storedSubscriptions(),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.languages ? { languages: options.languages } : {}),
    },
    {
      token: TOKEN,
      botInfo: FAKE_BOT_INFO,
      client: { apiRoot: fake.apiRoot },
      ...(options.now ? { now: options.now } : {}),
      ...(options.random ? { random: options.random } : {}),
    },
  );
  const polling = bot.start({ drop_pending_updates: false, allowed_updates: [...ALLOWED_UPDATES] });
  await fake.waitForCall('getUpdates');
  let stopped = false;
  const harness: Harness = {
    fake,
    bot,
    core,
    log,
    async stop() {
      if (stopped) return;
      stopped = true;
      await bot.stop();
      // Surfaces anything that made grammY's polling loop give up.
      await polling;
      await fake.stop();
    },
  };
  running.add(harness);
  return harness;
}

/** Every harness a test started; stopped after each test of any file that imports this module. */
const running = new Set<Harness>();
afterEach(async () => {
  const started = [...running];
  running.clear();
  await Promise.all(started.map((h) => h.stop()));
});

export interface Sent {
  /** What the bot sent (HTML). */
  html: string;
  /** What Telegram shows, after parsing the HTML. */
  text: string;
  message: Message.TextMessage;
  call: RecordedCall<'sendMessage'>;
}

/** Successful sendMessage calls to one chat, in order. */
export function messagesTo(fake: FakeTelegramApi, chatId: number): Sent[] {
  return fake
    .callsOf('sendMessage')
    .filter((call) => Number(call.params.chat_id) === chatId && call.result !== undefined)
    .map((call) => {
      const message = call.result as Message.TextMessage;
      return { html: String(call.params.text), text: message.text, message, call };
    });
}

/** Waits until the bot has sent `count` messages to a chat and returns them all. */
export async function waitForMessages(fake: FakeTelegramApi, chatId: number, count: number): Promise<Sent[]> {
  if (messagesTo(fake, chatId).length < count) {
    await fake.waitForCall('sendMessage', () => messagesTo(fake, chatId).length >= count);
  }
  return messagesTo(fake, chatId);
}

/** The `count`-th message the bot sent to a chat (1-based), once it is there. */
export async function nthMessage(fake: FakeTelegramApi, chatId: number, count: number): Promise<Sent> {
  const sent = await waitForMessages(fake, chatId, count);
  return sent[count - 1] as Sent;
}

/** The callback_data of every button under a message. */
export function buttonData(message: Message): string[] {
  return (message.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) =>
    'callback_data' in b ? [b.callback_data] : [],
  );
}

export function defined<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

/** The Telegram part of a test config, which testConfig always sets. */
export function telegramSettings(config: Config): NonNullable<Config['telegram']> {
  return defined(config.telegram, 'a Telegram config');
}

/** One bot per test, started on first use; the afterEach above stops it, and this forgets it. */
export function lazyHarness(): {
  start(options?: HarnessOptions): Promise<Harness>;
  current(): Harness;
} {
  let harness: Harness | undefined;
  afterEach(() => {
    harness = undefined;
  });
  return {
    async start(options = {}) {
      harness ??= await startHarness(options);
      return harness;
    },
    current: () => defined(harness, 'a started bot'),
  };
}
