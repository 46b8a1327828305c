import { Composer, type Context } from 'grammy';
import { fillTemplate } from '../../../src/i18n/fill.js';
import type { BotEnv } from '../bot-env.js';
import { escapeHtml } from '../html.js';
import { renderReply } from '../render.js';
import { sendHtml } from '../send.js';

/** The commands that only inform: /help, /about, /helplines and /language. */
export function infoFeature(env: BotEnv): Composer<Context> {
  const feature = new Composer<Context>();
  const m = env.messages;

  feature.command('help', async (ctx) => {
    const help = renderReply(env.core.help(env.lang));
    const telegramHelp = escapeHtml(fillTemplate(m.helpTelegram, { bot: ctx.me.username }));
    await sendHtml(ctx.api, ctx.chat.id, `${help}\n\n${telegramHelp}`);
  });
  feature.command('about', (ctx) => sendHtml(ctx.api, ctx.chat.id, renderReply(env.core.about(env.lang))));
  feature.command('helplines', (ctx) =>
    sendHtml(ctx.api, ctx.chat.id, renderReply(env.core.helplines(env.lang))),
  );
  feature.command('language', (ctx) => ctx.reply(m.languageSoon));

  return feature;
}
