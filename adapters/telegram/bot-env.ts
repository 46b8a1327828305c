import type { Context } from 'grammy';
import type { Config } from '../../src/config.js';
import type { BalaCore } from '../../src/core.js';
import type { Messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/localized.js';
import type { Logger } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import type { SubscriptionService } from '../../src/platform.js';
import type { Reply } from '../../src/reply.js';
import type { ChatLanguages } from '../platform-deps.js';

/** What every feature of the bot may use; built once in createTelegramBot. */
export interface BotEnv {
  core: BalaCore;
  config: Pick<Config, 'defaultLanguage' | 'defaultTimeZone' | 'questionsPerMinute'>;
  logger: Logger;
  subscriptions: SubscriptionService;
  /** Each chat's /language choice. */
  languages: ChatLanguages;
  now: () => Date;
  random: () => number;
  metrics: Metrics | undefined;
  /** Telegram HTML for a reply about to be sent, counted by kind: every reply to a person goes through here. */
  render: (reply: Reply) => string;
}

/** The language of one update, chosen before any feature runs (see language.ts). */
export interface LanguageFlavor {
  /** Everything the bot says in answer to this update is in this language. */
  lang: Lang;
  messages: Messages;
}

export type BotContext = Context & LanguageFlavor;
