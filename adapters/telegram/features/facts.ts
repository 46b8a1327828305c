import { Composer } from 'grammy';
import type { Reply } from '../../../src/reply.js';
import { localDate } from '../../../src/time.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { parseCallbackData } from '../callback-data.js';
import { shorten } from '../html.js';
import { keyboardFor } from '../keyboards.js';
import { sourceLine } from '../render.js';
import { sendHtml } from '../send.js';

/** Telegram shows at most 200 characters in a callback answer. */
const ALERT_LIMIT = 200;

/**
 * /fact, /today and the buttons under facts ("Another fact", "Source", "Who can help"). A button's update
 * already carries the language of the message it is under (see language.ts), so what it opens matches.
 */
export function factsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const send = (ctx: BotContext, chatId: number, reply: Reply) =>
    sendHtml(ctx.api, chatId, env.render(reply), { keyboard: keyboardFor(reply) });

  feature.command('fact', (ctx) => send(ctx, ctx.chat.id, env.core.randomFact(ctx.lang, env.random)));

  feature.command('today', (ctx) => {
    const date = localDate(env.now(), env.config.defaultTimeZone);
    return send(ctx, ctx.chat.id, env.core.today(`telegram:${ctx.chat.id}`, date, ctx.lang));
  });

  feature.on('callback_query:data', async (ctx, next) => {
    const action = parseCallbackData(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    // Unknown data, or a button on a message we can't answer in (inline): the fallback says so politely.
    if (!action || action.action === 'language' || chatId === undefined) return next();
    if (action.action === 'helplines') {
      await ctx.answerCallbackQuery();
      await send(ctx, chatId, env.core.helplines(ctx.lang));
      return;
    }
    const current = env.core.factById(action.factId, ctx.lang);
    if (!current?.fact) return next();
    if (action.action === 'src') {
      await ctx.answerCallbackQuery({
        text: shorten(sourceLine(current.fact, ctx.lang), ALERT_LIMIT),
        show_alert: true,
      });
      return;
    }
    await ctx.answerCallbackQuery();
    if (action.action === 'show') {
      await send(ctx, chatId, current);
      return;
    }
    await send(ctx, chatId, env.core.randomFact(ctx.lang, env.random, action.factId));
  });

  return feature;
}
