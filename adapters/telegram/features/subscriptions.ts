import { Composer } from 'grammy';
import { z } from 'zod';
import { fillTemplate } from '../../../src/i18n/fill.js';
import { isChatAdmin } from '../admin.js';
import type { BotContext, BotEnv } from '../bot-env.js';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * /subscribe [HH:MM] and /unsubscribe: daily facts for this chat. In groups only admins may change them,
 * since the posts go to everyone. Only the chat id is handed on, never who asked.
 */
export function subscriptionsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('subscribe', async (ctx) => {
    const m = ctx.messages;
    if (!(await isChatAdmin(ctx))) return void (await ctx.reply(m.adminsOnly));
    const argument = ctx.match.trim();
    const time = argument === '' ? undefined : timeOfDay.safeParse(argument);
    if (time && !time.success) return void (await ctx.reply(m.subscribeUsage));
    const result = await env.subscriptions.subscribe({
      platform: 'telegram',
      chatId: String(ctx.chat.id),
      ...(time ? { time: time.data } : {}),
      lang: ctx.lang,
    });
    const template = result.updated ? m.subscriptionUpdated : m.subscribed;
    await ctx.reply(fillTemplate(template, { time: result.time, timeZone: result.timeZone }));
  });

  feature.command('unsubscribe', async (ctx) => {
    const m = ctx.messages;
    if (!(await isChatAdmin(ctx))) return void (await ctx.reply(m.adminsOnly));
    const removed = await env.subscriptions.unsubscribe('telegram', String(ctx.chat.id));
    await ctx.reply(removed ? m.unsubscribed : m.notSubscribed);
  });

  return feature;
}
