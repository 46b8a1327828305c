import type { BotError } from 'grammy';
import type { Messages } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import { isForBot } from './addressing.js';
import type { BotContext } from './bot-env.js';
import { loggableError } from './loggable-error.js';
import { updateType } from './update-log.js';

/**
 * Where every failing handler ends up. It logs the failure with the update's id and type only, and tells
 * the person something went wrong when they were talking to the bot; the bot then carries on with the
 * next update. Failing to apologise (blocked bot, network) is logged, never thrown. The apology is in the
 * update's language, or in `fallback` when the failure came before the language was chosen.
 */
export function handleBotError(
  logger: Logger,
  fallback: Messages,
  metrics?: Metrics,
): (error: BotError<BotContext>) => Promise<void> {
  return async (error) => {
    metrics?.error('telegram');
    const { ctx } = error;
    const m: Messages = (ctx as Partial<BotContext>).messages ?? fallback;
    const log = logger.child({ updateId: ctx.update.update_id, updateType: updateType(ctx.update) });
    log.error({ err: loggableError(error) }, 'telegram update failed');
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: m.somethingWrong });
      else if (ctx.message && isForBot(ctx)) await ctx.reply(m.somethingWrong);
    } catch (replyError) {
      log.warn({ err: loggableError(replyError) }, 'could not tell the user about the failure');
    }
  };
}
