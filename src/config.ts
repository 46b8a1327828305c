import { isIP } from 'node:net';
import { z } from 'zod';
import { isValidTimeZone } from './time.js';

/** Empty variables (a blank line in .env) count as unset, so defaults apply. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema);

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));
/** Digits only, so "8080.5", "1e3" and " 80" are refused rather than read as something else. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number)
    .refine((n) => n >= min && n <= max);

const envSchema = z.object({
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  KNOWLEDGE_DIR: optional(z.string()),
  DEFAULT_LANGUAGE: withDefault(z.enum(['en', 'ru', 'kk']), 'en'),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/)),
  TELEGRAM_API_ROOT: withDefault(httpUrl, 'https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/ })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[\w-]{1,256}$/)),
  DISCORD_BOT_TOKEN: optional(z.string().min(20)),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,25}$/)),
  DISCORD_API_ROOT: withDefault(httpUrl, 'https://discord.com/api'),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,25}$/)),
  DATA_DIR: withDefault(z.string().min(1), './data'),
  DEFAULT_TIMEZONE: withDefault(z.string().refine(isValidTimeZone), 'Asia/Almaty'),
  DAILY_POST_TIME: withDefault(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), '09:00'),
  HTTP_HOST: withDefault(
    z.string().refine((host) => isIP(host) !== 0 || host === 'localhost'),
    '0.0.0.0',
  ),
  HTTP_PORT: withDefault(wholeNumber(0, 65_535), '8080'),
  QUESTIONS_PER_MINUTE: withDefault(wholeNumber(1, 1000), '20'),
});

type Variable = keyof z.input<typeof envSchema>;

/**
 * What each variable must be, in words for the person editing .env: zod's own messages ("expected number,
 * received NaN") describe the parser, not the setting.
 */
const EXPECTED: Record<Variable, string> = {
  LOG_LEVEL: 'must be one of fatal, error, warn, info, debug, trace, silent',
  KNOWLEDGE_DIR: 'must be a folder path',
  DEFAULT_LANGUAGE: 'must be en, ru or kk',
  TELEGRAM_BOT_TOKEN: 'must look like 123456:ABC… (the token @BotFather gave you)',
  TELEGRAM_API_ROOT: 'must be an http:// or https:// URL, like https://api.telegram.org',
  TELEGRAM_WEBHOOK_URL:
    'must be an https:// URL (Telegram calls webhooks only over https), like https://bot.example.org/telegram/webhook',
  TELEGRAM_WEBHOOK_SECRET: 'must be 1 to 256 letters, digits, _ or -',
  DISCORD_BOT_TOKEN: 'must be the bot token from the Discord developer portal (Bot → Reset Token)',
  DISCORD_APPLICATION_ID:
    'must be the application id from the Discord developer portal (General Information): 15 to 25 digits',
  DISCORD_API_ROOT: 'must be an http:// or https:// URL, like https://discord.com/api',
  DISCORD_GUILD_ID: 'must be a server id: 15 to 25 digits (right-click the server, Copy Server ID)',
  DATA_DIR: 'must be a folder path',
  DEFAULT_TIMEZONE: 'must be an IANA time zone, like Asia/Almaty',
  DAILY_POST_TIME: 'must be a time of day as HH:MM, like 09:00',
  HTTP_HOST:
    'must be an IP address to listen on, like 0.0.0.0 (every interface) or 127.0.0.1 (this machine only)',
  HTTP_PORT: 'must be a port number 0–65535 (0 turns the HTTP server off)',
  QUESTIONS_PER_MINUTE: 'must be a whole number from 1 to 1000',
};

/** Values never repeated in an error message: it may end up in a log. */
const SECRET: ReadonlySet<string> = new Set([
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'DISCORD_BOT_TOKEN',
]);

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
  httpHost: string;
  httpPort: number;
  questionsPerMinute: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** One line per bad variable: `NAME: what it must be, not "value"` (secrets are not repeated). */
function describe(env: Record<string, string | undefined>, name: string, what: string): string {
  const value = env[name];
  const given = value === undefined || SECRET.has(name) ? '' : `, not ${JSON.stringify(value)}`;
  return `Invalid configuration: ${name}: ${what}${given}`;
}

/** Settings that only make sense together, each reported like a bad value. */
function missingPartners(env: Env): [Variable, string][] {
  const missing: [Variable, string][] = [];
  if (env.DISCORD_BOT_TOKEN && !env.DISCORD_APPLICATION_ID) {
    missing.push(['DISCORD_APPLICATION_ID', 'required when DISCORD_BOT_TOKEN is set']);
  }
  if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
    missing.push(['TELEGRAM_WEBHOOK_SECRET', 'required when TELEGRAM_WEBHOOK_URL is set']);
  }
  return missing;
}

/**
 * Parses the environment once, at start-up. Every bad variable is reported at once, one line each, so a
 * person fixing .env does not have to restart once per mistake.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
    const lines = names.map((name) => describe(env, name, EXPECTED[name as Variable] ?? 'is invalid'));
    throw new ConfigError(lines.join('\n'));
  }
  const e = result.data;
  const missing = missingPartners(e);
  if (missing.length > 0) {
    throw new ConfigError(missing.map(([name, what]) => describe(env, name, what)).join('\n'));
  }
  const config: Config = {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    dataDir: e.DATA_DIR,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    dailyPostTime: e.DAILY_POST_TIME,
    httpHost: e.HTTP_HOST,
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
