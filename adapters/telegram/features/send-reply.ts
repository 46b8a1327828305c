import type { Reply } from '../../../src/reply.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { keyboardFor, privateHelpKeyboard } from '../keyboards.js';
import { sendHtml } from '../send.js';

/**
 * Answers one question in the chat it came from. A disclosure in a group is never repeated, quoted or
 * replied to (a reply would show the message again): the group gets a short note and a button to the
 * helplines in a private chat. In a private chat the helpline card comes at once.
 */
export async function answerQuestion(ctx: BotContext, env: BotEnv, question: string): Promise<void> {
  await send(ctx, env, env.core.reply(question, ctx.lang));
}

/** Sends the reply only when the message may tell of harm (the safeguarding reply or the check-in). */
export async function answerIfUnsafe(ctx: BotContext, env: BotEnv, text: string): Promise<void> {
  const reply = env.core.reply(text, ctx.lang);
  if (isAboutSafety(reply)) await send(ctx, env, reply);
}

function isAboutSafety(reply: Reply): boolean {
  return reply.kind === 'safeguarding' || reply.kind === 'check_in';
}

async function send(ctx: BotContext, env: BotEnv, reply: Reply): Promise<void> {
  const chat = ctx.chat;
  if (!chat) return;
  const inGroup = chat.type !== 'private';
  if (isAboutSafety(reply) && inGroup) {
    // The note stands in for the safeguarding reply, so it counts as one.
    env.metrics?.reply('telegram', reply.kind);
    await ctx.reply(ctx.messages.safeguardingGroup, {
      reply_markup: privateHelpKeyboard(ctx.me.username, ctx.lang),
    });
    return;
  }
  await sendHtml(ctx.api, chat.id, env.render(reply), {
    replyTo: inGroup ? ctx.message?.message_id : undefined,
    keyboard: keyboardFor(reply),
  });
}
