import { Writable } from 'node:stream';
import { ApplicationCommandOptionType, ChannelType, OverwriteType, PermissionFlagsBits } from 'discord.js';
import { pino } from 'pino';
import { expect } from 'vitest';
import { type DiscordOptions, startDiscord } from '../../adapters/discord/index.js';
import type { ChatLanguages, RunningPlatform } from '../../adapters/platform-deps.js';
import { type Config, parseConfig } from '../../src/config.js';
import type { BalaCore } from '../../src/core.js';
import type { Logger } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import type { SubscriptionService } from '../../src/platform.js';
import { FakeDiscordServer, type InteractionOptions, type RecordedRequest } from '../fakes/discord-server.js';
import { shippedCore, storedSubscriptions } from '../helpers.js';

export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1200000000000000010';
/** @everyone may not send here, and the bot has no role that allows it. */
export const READ_ONLY_CHANNEL_ID = '1200000000000000011';
export const ANNOUNCEMENTS_ID = '1200000000000000012';

export const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
export const ORIGINAL = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

export interface Harness {
  fake: FakeDiscordServer;
  bot: RunningPlatform;
  core: BalaCore;
  config: Config;
  /** Everything the bot logged, one JSON line each. */
  logLines: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  subscriptions?: SubscriptionService;
  discord?: DiscordOptions;
  /** Replaces the in-memory test logger (to test the production logger, which needs the config's secrets). */
  logger?: (config: Config) => Logger;
  metrics?: Metrics;
  /** Channels' explicit language choices; none by default, as with no storage. */
  languages?: ChatLanguages;
}

/** A logger that keeps every line in memory, at the most verbose level, so tests can read what was logged. */
export function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'trace', base: undefined }, sink), lines };
}

export function discordConfig(fake: FakeDiscordServer, env: Record<string, string> = {}): Config {
  return parseConfig({
    DISCORD_BOT_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_ROOT: fake.apiRoot,
    LOG_LEVEL: 'silent',
    HTTP_PORT: '0',
    ...env,
  });
}

/** A fake Discord with one server and three channels, and the real bot logged in to it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeDiscordServer({ heartbeatIntervalMs: 500 }).start();
  fake.addGuild({ id: GUILD_ID, name: 'School club' });
  fake.addChannel({ id: CHANNEL_ID, guildId: GUILD_ID, name: 'general' });
  fake.addChannel({
    id: READ_ONLY_CHANNEL_ID,
    guildId: GUILD_ID,
    name: 'rules',
    permission_overwrites: [
      { id: GUILD_ID, type: OverwriteType.Role, deny: PermissionFlagsBits.SendMessages },
    ],
  });
  fake.addChannel({
    id: ANNOUNCEMENTS_ID,
    guildId: GUILD_ID,
    name: 'news',
    type: ChannelType.GuildAnnouncement,
  });
  const config = discordConfig(fake, options.env);
  const memory = memoryLogger();
  const core = shippedCore();
  const discord = config.discord;
  if (!discord) throw new Error('the test config has no Discord section');
  let bot: RunningPlatform;
  try {
    bot = await startDiscord(
      {
        core,
        config,
        logger: options.logger?.(config) ?? memory.logger,
        subscriptions: options.subscriptions ?? storedSubscriptions(),
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.languages ? { languages: options.languages } : {}),
      },
      discord,
      options.discord,
    );
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    fake,
    bot,
    core,
    config,
    logLines: memory.lines,
    // The client first: a client that sees the gateway vanish keeps reconnecting and holds vitest open.
    stop: async () => {
      await bot.stop();
      await fake.stop();
    },
  };
}

export const questionOption = (value: string) => [
  { name: 'question', type: ApplicationCommandOptionType.String, value },
];

export const channelOption = (channelId: string) => ({
  name: 'channel',
  type: ApplicationCommandOptionType.Channel,
  value: channelId,
});

export const timeOption = (value: string) => ({
  name: 'time',
  type: ApplicationCommandOptionType.String,
  value,
});

/** Sends a slash command and resolves with the interaction callback the bot answered it with. */
export async function command(
  fake: FakeDiscordServer,
  name: string,
  options: Parameters<FakeDiscordServer['sendSlashCommand']>[1] = [],
  opts: InteractionOptions = {},
): Promise<{ id: string; token: string; callback: RecordedRequest }> {
  const sent = fake.sendSlashCommand(name, options, { guildId: GUILD_ID, ...opts });
  const callback = await fake.waitForRequest('POST', CALLBACK, (r) =>
    r.path.includes(`/interactions/${sent.id}/`),
  );
  return { id: sent.id, token: sent.token, callback };
}

/** The PATCH that filled in a deferred reply. */
export function editOf(fake: FakeDiscordServer, token: string): Promise<RecordedRequest> {
  return fake.waitForRequest('PATCH', ORIGINAL, (r) => r.path.includes(token));
}

interface Body {
  type?: number;
  data?: MessageBody;
}
export interface MessageBody {
  content?: string;
  flags?: number;
  embeds?: Array<{
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: Array<{ name: string; value: string }>;
  }>;
  allowed_mentions?: unknown;
  choices?: Array<{ name: string; value: string }>;
}

export function callbackBody(request: RecordedRequest): Body {
  return request.body as Body;
}

/** The message data a callback (type 4) or a webhook edit carries. */
export function messageOf(request: RecordedRequest): MessageBody {
  const body = request.body as Body & MessageBody;
  return request.route?.includes('/callback') ? (body.data ?? {}) : body;
}

/** Every request that put a message in front of people: interaction replies, edits, follow-ups and posts. */
export function messageRequests(fake: FakeDiscordServer): RecordedRequest[] {
  return fake.requests.filter(
    (r) =>
      (r.route === 'POST /interactions/:id/:token/callback' && callbackBody(r).type === 4) ||
      r.route === 'PATCH /webhooks/:appId/:token/messages/:messageId' ||
      r.route === 'POST /webhooks/:appId/:token' ||
      r.route === 'POST /channels/:channelId/messages',
  );
}

/** The safety rule of the whole adapter: no message the bot sent could have pinged anyone. */
export function expectNoMentionsAnywhere(fake: FakeDiscordServer): void {
  for (const request of messageRequests(fake)) {
    expect(messageOf(request).allowed_mentions, `${request.method} ${request.path}`).toEqual({ parse: [] });
  }
}
