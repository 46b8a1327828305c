import { z } from 'zod';
import { isValidTimeZone } from './time.js';

/** Empty variables (a blank line in .env) count as unset, so defaults apply. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema);

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

const envSchema = z.object({
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  KNOWLEDGE_DIR: optional(z.string()),
  DEFAULT_LANGUAGE: withDefault(z.enum(['en', 'ru', 'kk']), 'en'),
  TELEGRAM_BOT_TOKEN: optional(
    z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC… (from @BotFather)'),
  ),
  TELEGRAM_API_ROOT: withDefault(httpUrl, 'https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/ })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[\w-]{1,256}$/, 'use 1-256 letters, digits, _ or -')),
  DISCORD_BOT_TOKEN: optional(z.string().min(20)),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,25}$/, 'must be the numeric application id')),
  DISCORD_API_ROOT: withDefault(httpUrl, 'https://discord.com/api'),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,25}$/, 'must be a numeric server id')),
  DATA_DIR: withDefault(z.string().min(1), './data'),
  DEFAULT_TIMEZONE: withDefault(
    z.string().refine(isValidTimeZone, 'must be an IANA time zone'),
    'Asia/Almaty',
  ),
  DAILY_POST_TIME: withDefault(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'), '09:00'),
  HTTP_PORT: withDefault(z.coerce.number().int().min(0).max(65_535), 8080),
  QUESTIONS_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(1000), 20),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  logLevel: Env['LOG_LEVEL'];
  knowledgeDir: string | undefined;
  defaultLanguage: Env['DEFAULT_LANGUAGE'];
  telegram?: { token: string; apiRoot: string; webhookUrl?: string; webhookSecret?: string };
  discord?: { token: string; applicationId: string; apiRoot: string; guildId?: string };
  dataDir: string;
  defaultTimeZone: string;
  dailyPostTime: string;
  httpPort: number;
  questionsPerMinute: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at start-up. The error names the first bad variable in one line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const e = result.data;
  if (e.DISCORD_BOT_TOKEN && !e.DISCORD_APPLICATION_ID) {
    throw new ConfigError(
      'Invalid configuration: DISCORD_APPLICATION_ID: required when DISCORD_BOT_TOKEN is set',
    );
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid configuration: TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set',
    );
  }
  const config: Config = {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    dataDir: e.DATA_DIR,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    dailyPostTime: e.DAILY_POST_TIME,
    httpPort: e.HTTP_PORT,
    questionsPerMinute: e.QUESTIONS_PER_MINUTE,
  };
  if (e.TELEGRAM_BOT_TOKEN) {
    config.telegram = { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT };
    if (e.TELEGRAM_WEBHOOK_URL) config.telegram.webhookUrl = e.TELEGRAM_WEBHOOK_URL;
    if (e.TELEGRAM_WEBHOOK_SECRET) config.telegram.webhookSecret = e.TELEGRAM_WEBHOOK_SECRET;
  }
  if (e.DISCORD_BOT_TOKEN && e.DISCORD_APPLICATION_ID) {
    config.discord = {
      token: e.DISCORD_BOT_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      apiRoot: e.DISCORD_API_ROOT,
    };
    if (e.DISCORD_GUILD_ID) config.discord.guildId = e.DISCORD_GUILD_ID;
  }
  return config;
}

/** The secrets a log line must never contain. */
export function secretsOf(config: Config): string[] {
  return [config.telegram?.token, config.telegram?.webhookSecret, config.discord?.token].filter(
    (s): s is string => s !== undefined,
  );
}
