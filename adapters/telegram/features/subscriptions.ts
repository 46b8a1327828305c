import { Composer, type Context } from 'grammy';
import { z } from 'zod';
import { fillTemplate } from '../../../src/i18n/fill.js';
import { isChatAdmin } from '../admin.js';
import type { BotEnv } from '../bot-env.js';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * /subscribe [HH:MM] and /unsubscribe: daily facts for this chat. In groups only admins may change them,
 * since the posts go to everyone. Only the chat id is handed on, never who asked.
 */
export function subscriptionsFeature(env: BotEnv): Composer<Context> {
  const feature = new Composer<Context>();
  const m = env.messages;

  feature.command('subscribe', async (ctx) => {
    const service = env.subscriptions;
    if (!service) return void (await ctx.reply(m.subscriptionsSoon));
    if (!(await isChatAdmin(ctx))) return void (await ctx.reply(m.adminsOnly));
    const argument = ctx.match.trim();
    const time = argument === '' ? undefined : timeOfDay.safeParse(argument);
    if (time && !time.success) return void (await ctx.reply(m.subscribeUsage));
    const result = await service.subscribe({
      platform: 'telegram',
      chatId: String(ctx.chat.id),
      ...(time ? { time: time.data } : {}),
      lang: env.lang,
    });
    const template = result.updated ? m.subscriptionUpdated : m.subscribed;
    await ctx.reply(fillTemplate(template, { time: result.time, timeZone: result.timeZone }));
  });

  feature.command('unsubscribe', async (ctx) => {
    const service = env.subscriptions;
    if (!service) return void (await ctx.reply(m.subscriptionsSoon));
    if (!(await isChatAdmin(ctx))) return void (await ctx.reply(m.adminsOnly));
    const removed = await service.unsubscribe('telegram', String(ctx.chat.id));
    await ctx.reply(removed ? m.unsubscribed : m.notSubscribed);
  });

  return feature;
}
