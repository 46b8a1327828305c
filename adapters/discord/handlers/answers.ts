import { localDate } from '../../../src/time.js';
import { replyPayload } from '../payloads.js';
import type { CommandHandler } from './command-handler.js';

// The core answers synchronously and fast, so these reply at once instead of deferring.

export const ask: CommandHandler = (interaction, { core, lang }) =>
  interaction.reply(replyPayload(core.reply(interaction.options.getString('question', true), lang)));

export const fact: CommandHandler = (interaction, { core, lang }) =>
  interaction.reply(replyPayload(core.randomFact(lang)));

/** Keyed by channel, so everyone in a channel sees the same fact of the day as its daily post would be. */
export const today: CommandHandler = (interaction, { core, lang, now, defaultTimeZone }) =>
  interaction.reply(
    replyPayload(core.today(`discord:${interaction.channelId}`, localDate(now(), defaultTimeZone), lang)),
  );

export const helplines: CommandHandler = (interaction, { core, lang }) =>
  interaction.reply(replyPayload(core.helplines(lang)));

export const about: CommandHandler = (interaction, { core, lang }) =>
  interaction.reply(replyPayload(core.about(lang)));
