import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageCreateOptions,
  MessageFlags,
  type MessageMentionOptions,
} from 'discord.js';
import type { Reply } from '../../src/reply.js';
import { fitText } from './embed-limits.js';
import { renderEmbed } from './render.js';

/**
 * Set on every message the bot sends. A question, a fact or a channel name could contain `@everyone` or a
 * role mention; the bot must never ping a server full of children because of it.
 */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

const CONTENT_LIMIT = 2000;

/** The answer to a slash command. A safeguarding reply or a check-in is seen only by the person who wrote it. */
export function replyPayload(reply: Reply): InteractionReplyOptions {
  const personal = reply.kind === 'safeguarding' || reply.kind === 'check_in';
  return {
    embeds: [renderEmbed(reply)],
    allowedMentions: NO_MENTIONS,
    ...(personal ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A short status line (limits, errors, subscription results) only the person who asked sees. */
export function privateNotice(text: string): InteractionReplyOptions {
  return {
    content: fitText(text, CONTENT_LIMIT),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** Fills a deferred reply; whether it is private was settled when it was deferred. */
export function noticeEdit(text: string): InteractionEditReplyOptions {
  return { content: fitText(text, CONTENT_LIMIT), embeds: [], allowedMentions: NO_MENTIONS };
}

/** A scheduled post to a channel. */
export function channelPost(reply: Reply): MessageCreateOptions {
  return { embeds: [renderEmbed(reply)], allowedMentions: NO_MENTIONS };
}
