import { localDate } from '../../../src/time.js';
import type { CommandHandler } from './command-handler.js';

// The core answers synchronously and fast, so these reply at once instead of deferring.

export const ask: CommandHandler = (interaction, { core, lang, sendReply }) =>
  sendReply(core.reply(interaction.options.getString('question', true), lang));

export const fact: CommandHandler = (_interaction, { core, lang, sendReply }) =>
  sendReply(core.randomFact(lang));

/** Keyed by channel, so everyone in a channel sees the same fact of the day as its daily post would be. */
export const today: CommandHandler = (interaction, { core, lang, now, defaultTimeZone, sendReply }) =>
  sendReply(core.today(`discord:${interaction.channelId}`, localDate(now(), defaultTimeZone), lang));

export const helplines: CommandHandler = (_interaction, { core, lang, sendReply }) =>
  sendReply(core.helplines(lang));

export const about: CommandHandler = (_interaction, { core, lang, sendReply }) => sendReply(core.about(lang));
