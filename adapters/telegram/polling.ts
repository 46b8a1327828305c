import type { Bot } from 'grammy';
import type { Logger } from '../../src/logger.js';
import type { BotContext } from './bot-env.js';
import { loggableError } from './loggable-error.js';
import { ALLOWED_UPDATES, type UpdateReceiver } from './receiver.js';

/**
 * Long polling. bot.start() only settles when polling ends, so it is not awaited; if it ends on its own
 * (a revoked token, a second instance polling) that is logged and the bot reports not ready.
 */
export function startPolling(bot: Bot<BotContext>, logger: Logger): UpdateReceiver {
  let ready = false;
  const polling = bot
    .start({
      // Questions sent while the bot was down still deserve an answer.
      drop_pending_updates: false,
      allowed_updates: [...ALLOWED_UPDATES],
      onStart: () => {
        ready = true;
        logger.info({ mode: 'long polling' }, 'telegram bot started');
      },
    })
    .catch((err: unknown) => logger.error({ err: loggableError(err) }, 'telegram polling stopped'))
    .finally(() => {
      ready = false;
    });
  return {
    isReady: () => ready,
    async stop(cancelRetries) {
      ready = false;
      if (bot.isRunning()) {
        await bot.stop().catch((err: unknown) => {
          logger.warn({ err: loggableError(err) }, 'could not confirm the last update on stop');
        });
      }
      cancelRetries();
      // Lets the update being handled finish before the process goes.
      await polling;
    },
  };
}
