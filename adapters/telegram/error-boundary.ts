import type { BotError, Context } from 'grammy';
import type { Messages } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import { isForBot } from './addressing.js';
import { loggableError } from './loggable-error.js';
import { updateType } from './update-log.js';

/**
 * Where every failing handler ends up. It logs the failure with the update's id and type only, and tells
 * the person something went wrong when they were talking to the bot; the bot then carries on with the
 * next update. Failing to apologise (blocked bot, network) is logged, never thrown.
 */
export function handleBotError(logger: Logger, m: Messages): (error: BotError<Context>) => Promise<void> {
  return async (error) => {
    const { ctx } = error;
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
