import { Composer } from 'grammy';
import { type Lang, langSchema } from '../../../src/localized.js';
import { languageSetMessage } from '../../language-set.js';
import { isChatAdmin } from '../admin.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { parseCallbackData } from '../callback-data.js';
import { setLanguage } from '../chat-language.js';
import { languageKeyboard } from '../keyboards.js';

/**
 * /language: a button per language, or `/language ru` directly. The choice is the chat's, so in a group
 * only admins may change it (as with daily facts); it is kept for the chat id alone. The confirmation is
 * already in the new language.
 */
export function languageFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('language', async (ctx) => {
    if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.messages.languageAdminsOnly));
    const typed = langSchema.safeParse(ctx.match.trim().toLowerCase());
    if (!typed.success) {
      await ctx.reply(ctx.messages.languagePrompt, { reply_markup: languageKeyboard() });
      return;
    }
    await choose(ctx, env, ctx.chat.id, typed.data);
    await ctx.reply(languageSetMessage(ctx.lang));
  });

  feature.callbackQuery(/^lang:/, async (ctx, next) => {
    const action = parseCallbackData(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    if (action?.action !== 'language' || chatId === undefined) return next();
    // Anyone in a group can tap the buttons an admin summoned; only admins' taps count.
    if (!(await isChatAdmin(ctx))) {
      await ctx.answerCallbackQuery({ text: ctx.messages.languageAdminsOnly, show_alert: true });
      return;
    }
    await choose(ctx, env, chatId, action.lang);
    await ctx.answerCallbackQuery();
    // The question becomes the answer, so no stale buttons are left in the chat.
    await ctx.editMessageText(languageSetMessage(ctx.lang));
  });

  return feature;
}

async function choose(ctx: BotContext, env: BotEnv, chatId: number, lang: Lang): Promise<void> {
  await env.languages.set('telegram', String(chatId), lang);
  setLanguage(ctx, lang);
}
