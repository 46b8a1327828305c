import { Events } from 'discord.js';
import type { Config } from '../../src/config.js';
import { FloodLimiter } from '../../src/flood-limit.js';
import type { PlatformDeps, RunningPlatform } from '../platform-deps.js';
import { connectClient, createDiscordClient } from './client.js';
import { type CommandHandler, commandHandlers } from './handlers/index.js';
import { createInteractionRouter } from './interaction-router.js';
import { DiscordPublisher } from './publisher.js';

/** Seams for tests: a handler that fails on purpose, a fixed clock for /today. */
export interface DiscordOptions {
  handlers?: Partial<Record<string, CommandHandler>>;
  now?: () => Date;
}

/**
 * Starts the Discord bot: logs in, answers slash commands and autocomplete, and hands back a publisher for
 * scheduled posts. Commands are registered separately (`npm run discord:register`), not on every start.
 */
export async function startDiscord(
  deps: PlatformDeps,
  config: NonNullable<Config['discord']>,
  options: DiscordOptions = {},
): Promise<RunningPlatform> {
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config.apiRoot);
  const handlers = { ...commandHandlers, ...definedOnly(options.handlers ?? {}) };
  const route = createInteractionRouter({
    core: deps.core,
    logger,
    handlers,
    floodLimiter: new FloodLimiter(deps.config.questionsPerMinute),
    subscriptions: deps.subscriptions,
    defaultTimeZone: deps.config.defaultTimeZone,
    now: options.now ?? (() => new Date()),
    metrics: deps.metrics,
    languages: deps.languages,
    defaultLanguage: deps.config.defaultLanguage,
  });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));

  await connectClient(client, config.token);
  logger.info({ guilds: client.guilds.cache.size }, 'discord bot ready');

  let stopped: Promise<void> | undefined;
  return {
    name: 'discord',
    publisher: new DiscordPublisher(client, logger),
    isReady: () => client.isReady(),
    stop: () => {
      stopped ??= client.destroy().then(() => logger.info('discord bot stopped'));
      return stopped;
    },
  };
}

function definedOnly(handlers: Partial<Record<string, CommandHandler>>): Record<string, CommandHandler> {
  return Object.fromEntries(
    Object.entries(handlers).filter((entry): entry is [string, CommandHandler] => entry[1] !== undefined),
  );
}
