import { Composer } from 'grammy';
import { fillTemplate } from '../../../src/i18n/fill.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { escapeHtml } from '../html.js';
import { sendHtml } from '../send.js';

/** The commands that only inform: /help, /about and /helplines. */
export function infoFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('help', async (ctx) => {
    const help = env.render(env.core.help(ctx.lang));
    const telegramHelp = escapeHtml(fillTemplate(ctx.messages.helpTelegram, { bot: ctx.me.username }));
    await sendHtml(ctx.api, ctx.chat.id, `${help}\n\n${telegramHelp}`);
  });
  feature.command('about', (ctx) => sendHtml(ctx.api, ctx.chat.id, env.render(env.core.about(ctx.lang))));
  feature.command('helplines', (ctx) =>
    sendHtml(ctx.api, ctx.chat.id, env.render(env.core.helplines(ctx.lang))),
  );

  return feature;
}
