import type { Context } from 'grammy';
import type { Message, MessageEntity } from 'grammy/types';

type TextMessage = Pick<Message, 'text' | 'entities' | 'reply_to_message' | 'chat'>;

/**
 * What a person wrote in a message: its text, or the caption of a photo, video, document or voice note
 * (with the caption's entities, so that a mention in a caption addresses the bot as in a text).
 */
export function writtenPart(message: Message): TextMessage {
  if (message.text !== undefined) return message;
  return {
    chat: message.chat,
    ...(message.caption !== undefined && { text: message.caption }),
    ...(message.caption_entities && { entities: message.caption_entities }),
    ...(message.reply_to_message && { reply_to_message: message.reply_to_message }),
  };
}

function isMentionOfBot(message: TextMessage, entity: MessageEntity, me: Context['me']): boolean {
  if (entity.type === 'text_mention') return entity.user.id === me.id;
  if (entity.type !== 'mention') return false;
  const mention = (message.text ?? '').slice(entity.offset, entity.offset + entity.length);
  return mention.toLowerCase() === `@${me.username.toLowerCase()}`;
}

/** A leading /command meant for this bot: bare (`/fact`) or addressed to it (`/fact@bala_bot`). */
export function isCommandForBot(message: TextMessage, me: Context['me']): boolean {
  const command = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!command) return false;
  const target = (message.text ?? '').slice(0, command.length).split('@')[1];
  return target === undefined || target.toLowerCase() === me.username.toLowerCase();
}

/**
 * The question in a group message that speaks to the bot — it mentions the bot or replies to one of its
 * messages — with the mentions taken out; undefined for everything else, which the bot must not answer.
 */
export function groupQuestion(message: TextMessage, me: Context['me']): string | undefined {
  const text = message.text ?? '';
  const mentions = (message.entities ?? []).filter((e) => isMentionOfBot(message, e, me));
  const repliesToBot = message.reply_to_message?.from?.id === me.id;
  if (mentions.length === 0 && !repliesToBot) return undefined;
  // Entity offsets count UTF-16 units, as JS string indices do; cutting from the end keeps them valid.
  let question = text;
  for (const entity of [...mentions].sort((a, b) => b.offset - a.offset)) {
    question = question.slice(0, entity.offset) + question.slice(entity.offset + entity.length);
  }
  return question.replace(/^[\s,:;]+/, '').trim();
}

/**
 * Whether the bot would answer this update, so the flood limit counts only what costs a reply. Inline
 * queries are left out: Telegram sends one per keystroke and caches the results.
 */
export function isForBot(ctx: Context): boolean {
  if (ctx.callbackQuery) return true;
  if (ctx.editedMessage?.chat.type === 'private') return true;
  const message = ctx.message;
  if (!message) return false;
  if (message.chat.type === 'private') return true;
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') return false;
  const written = writtenPart(message);
  return isCommandForBot(written, ctx.me) || groupQuestion(written, ctx.me) !== undefined;
}
