import { Composer } from 'grammy';
import type { BotContext } from '../bot-env.js';

/**
 * The last stop for updates no feature took. A button we no longer understand gets a polite answer (an
 * unanswered button spins for a while); a photo, sticker or voice message in a private chat gets a request
 * to write in words; anything else, in groups above all, gets silence.
 */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.messages.buttonExpired }));
  feature.chatType('private').on('message', (ctx) => ctx.reply(ctx.messages.emptyInput));
  return feature;
}
