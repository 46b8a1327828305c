import type { Context } from 'grammy';
import type { BotEnv } from '../bot-env.js';
import { privateHelpKeyboard } from '../keyboards.js';
import { renderReply } from '../render.js';
import { sendHtml } from '../send.js';

/**
 * Answers one question in the chat it came from. A disclosure in a group is never repeated, quoted or
 * replied to (a reply would show the message again): the group gets a short note and a button to the
 * helplines in a private chat. In a private chat the helpline card comes at once.
 */
export async function answerQuestion(ctx: Context, env: BotEnv, question: string): Promise<void> {
  const chat = ctx.chat;
  if (!chat) return;
  const reply = env.core.reply(question, env.lang);
  const inGroup = chat.type !== 'private';
  if (reply.kind === 'safeguarding' && inGroup) {
    await ctx.reply(env.messages.safeguardingGroup, {
      reply_markup: privateHelpKeyboard(ctx.me.username, env.messages),
    });
    return;
  }
  await sendHtml(ctx.api, chat.id, renderReply(reply), {
    replyTo: inGroup ? ctx.message?.message_id : undefined,
  });
}
