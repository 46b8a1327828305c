import type { Api, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import { splitHtml } from './split-html.js';

export interface SendOptions {
  keyboard?: InlineKeyboard | undefined;
  /** Threads the first part under this message (groups), and still sends if it was deleted. */
  replyTo?: number | undefined;
}

/**
 * Sends HTML as one message, or as several when it is over Telegram's limit. The keyboard goes under the
 * last part, where the reader ends up; link previews are off because answers carry no links to preview.
 */
export async function sendHtml(
  api: Api,
  chatId: number | string,
  html: string,
  options: SendOptions = {},
): Promise<Message.TextMessage[]> {
  const parts = splitHtml(html);
  const sent: Message.TextMessage[] = [];
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    sent.push(
      await api.sendMessage(chatId, part, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(last && options.keyboard ? { reply_markup: options.keyboard } : {}),
        ...(index === 0 && options.replyTo !== undefined
          ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
          : {}),
      }),
    );
  }
  return sent;
}
