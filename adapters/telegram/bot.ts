import { type ApiClientOptions, Bot, Composer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BalaCore } from '../../src/core.js';
import { messages } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import type { SubscriptionService } from '../../src/platform.js';
import type { ChatLanguages } from '../platform-deps.js';
import type { BotContext, BotEnv } from './bot-env.js';
import { languageMiddleware, MemoryChatLanguages } from './chat-language.js';
import { handleBotError } from './error-boundary.js';
import { factsFeature } from './features/facts.js';
import { fallbackFeature } from './features/fallback.js';
import { infoFeature } from './features/info.js';
import { inlineFeature } from './features/inline.js';
import { languageFeature } from './features/language.js';
import { questionsFeature } from './features/questions.js';
import { startFeature } from './features/start.js';
import { subscriptionsFeature } from './features/subscriptions.js';
import { floodGuard } from './flood-guard.js';
import { renderReply } from './render.js';
import { logUpdates } from './update-log.js';

export interface TelegramBotDeps {
  config: BotEnv['config'];
  logger: Logger;
  subscriptions: SubscriptionService;
  metrics?: Metrics | undefined;
  /** Where /language keeps each chat's choice; without it, in memory until the process ends. */
  languages?: ChatLanguages | undefined;
}

export interface TelegramBotOptions {
  token: string;
  /** Skips getMe at start-up; tests pass the fake's bot info. */
  botInfo?: UserFromGetMe;
  client?: ApiClientOptions;
  now?: () => Date;
  random?: () => number;
}

/**
 * Builds the grammY bot with every feature, without starting it (long polling and webhooks are chosen by
 * the caller). Features are tried in order; commands come before free text so /ask is never a question.
 */
export function createTelegramBot(
  core: BalaCore,
  deps: TelegramBotDeps,
  options: TelegramBotOptions,
): Bot<BotContext> {
  const env: BotEnv = {
    core,
    config: deps.config,
    logger: deps.logger,
    subscriptions: deps.subscriptions,
    languages: deps.languages ?? new MemoryChatLanguages(),
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    metrics: deps.metrics,
    render: (reply) => {
      deps.metrics?.reply('telegram', reply.kind);
      return renderReply(reply);
    },
  };
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.client ? { client: options.client } : {}),
  });

  const features = new Composer<BotContext>(
    // First, so that even the flood-limit message speaks the person's language.
    languageMiddleware(env.languages, env.config.defaultLanguage, env.logger),
    floodGuard(env),
    startFeature(env),
    infoFeature(env),
    languageFeature(env),
    factsFeature(env),
    subscriptionsFeature(env),
    questionsFeature(env),
    inlineFeature(env),
    fallbackFeature(),
  );
  const onError = handleBotError(env.logger, messages(env.config.defaultLanguage), env.metrics);
  bot.use(logUpdates(env.logger));
  // The boundary works the same under long polling and webhooks (bot.catch only covers polling).
  bot.errorBoundary(onError, features);
  // Reached only if the boundary itself fails; without it grammY would stop polling on the first error.
  bot.catch(onError);
  return bot;
}
