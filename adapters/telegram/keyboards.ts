import { InlineKeyboard } from 'grammy';
import { messages } from '../../src/i18n/index.js';
import { LANGS, type Lang } from '../../src/localized.js';
import type { Reply } from '../../src/reply.js';
import { factButtonData, helplinesButtonData, languageButtonData } from './callback-data.js';
import { shorten } from './html.js';

/** "Another fact" and "Source" under a fact; no keyboard when the id is too long for callback data. */
export function factKeyboard(factId: string, lang: Lang): InlineKeyboard | undefined {
  const next = factButtonData('next', factId, lang);
  const source = factButtonData('src', factId, lang);
  if (!next || !source) return undefined;
  const m = messages(lang);
  return new InlineKeyboard().text(m.anotherFact, next).text(m.showSource, source);
}

export function helplinesKeyboard(lang: Lang): InlineKeyboard {
  return new InlineKeyboard().text(messages(lang).helplinesButton, helplinesButtonData(lang));
}

/**
 * Opens a private chat with the bot on the helpline card (/start help). Used in groups, so help is one tap
 * away without anything personal being said in front of the group.
 */
export function privateHelpKeyboard(botUsername: string, lang: Lang): InlineKeyboard {
  return new InlineKeyboard().url(messages(lang).helplinesButton, `https://t.me/${botUsername}?start=help`);
}

/** One button per language, each labelled in its own language so everyone finds theirs. */
export function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) keyboard.text(messages(lang).languageNative, languageButtonData(lang));
  return keyboard;
}

/** Telegram cuts long button labels with an ellipsis of its own; a question this long still reads. */
const BUTTON_LABEL_LIMIT = 60;

/**
 * "I don't know that yet": one button per suggested question, which answers it. Undefined when a
 * suggestion has no fact or its id does not fit in callback data; the text then lists the suggestions.
 */
export function suggestionKeyboard(reply: Reply): InlineKeyboard | undefined {
  const questions = reply.suggestions ?? [];
  const ids = reply.suggestedFactIds ?? [];
  if (reply.kind !== 'no_match' || questions.length === 0 || ids.length !== questions.length)
    return undefined;
  const keyboard = new InlineKeyboard();
  for (const [i, question] of questions.entries()) {
    const data = factButtonData('show', ids[i] ?? '', reply.lang);
    if (!data) return undefined;
    if (i > 0) keyboard.row();
    keyboard.text(shorten(question, BUTTON_LABEL_LIMIT), data);
  }
  return keyboard;
}

/**
 * The keyboard a reply gets wherever it is sent: the fact buttons under a fact, the suggested questions under
 * "I don't know", nothing otherwise.
 */
export function keyboardFor(reply: Reply): InlineKeyboard | undefined {
  const isFact = reply.kind === 'fact' || reply.kind === 'daily_fact';
  if (isFact && reply.fact) return factKeyboard(reply.fact.id, reply.lang);
  return suggestionKeyboard(reply);
}
