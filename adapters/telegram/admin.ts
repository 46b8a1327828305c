import type { Context } from 'grammy';

/**
 * Whether the sender may change the chat's settings: always in a private chat; in a group, its creator
 * and administrators, including an admin posting anonymously (the message then comes from the chat).
 */
export async function isChatAdmin(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || !ctx.from) return false;
  if (chat.type === 'private') return true;
  if (ctx.message?.sender_chat?.id === chat.id) return true;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
