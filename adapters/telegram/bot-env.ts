import type { Config } from '../../src/config.js';
import type { BalaCore } from '../../src/core.js';
import type { Messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/lang.js';
import type { Logger } from '../../src/logger.js';
import type { SubscriptionService } from '../../src/platform.js';

/** What every feature of the bot may use; built once in createTelegramBot. */
export interface BotEnv {
  core: BalaCore;
  config: Pick<Config, 'defaultLanguage' | 'defaultTimeZone' | 'questionsPerMinute'>;
  logger: Logger;
  subscriptions: SubscriptionService | undefined;
  /** One language for everyone until /language lets people choose. */
  lang: Lang;
  messages: Messages;
  now: () => Date;
  random: () => number;
}
