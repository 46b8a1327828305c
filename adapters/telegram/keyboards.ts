import { InlineKeyboard } from 'grammy';
import type { Messages } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply.js';
import { factButtonData, HELPLINES_BUTTON_DATA } from './callback-data.js';

/** "Another fact" and "Source" under a fact; no keyboard when the id is too long for callback data. */
export function factKeyboard(factId: string, m: Messages): InlineKeyboard | undefined {
  const next = factButtonData('next', factId);
  const source = factButtonData('src', factId);
  if (!next || !source) return undefined;
  return new InlineKeyboard().text(m.anotherFact, next).text(m.showSource, source);
}

export function helplinesKeyboard(m: Messages): InlineKeyboard {
  return new InlineKeyboard().text(m.helplinesButton, HELPLINES_BUTTON_DATA);
}

/**
 * Opens a private chat with the bot on the helpline card (/start help). Used in groups, so help is one tap
 * away without anything personal being said in front of the group.
 */
export function privateHelpKeyboard(botUsername: string, m: Messages): InlineKeyboard {
  return new InlineKeyboard().url(m.helplinesButton, `https://t.me/${botUsername}?start=help`);
}

/** The keyboard a reply gets wherever it is sent: the fact buttons under a fact, nothing otherwise. */
export function keyboardFor(reply: Reply, m: Messages): InlineKeyboard | undefined {
  const isFact = reply.kind === 'fact' || reply.kind === 'daily_fact';
  return isFact && reply.fact ? factKeyboard(reply.fact.id, m) : undefined;
}
