import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { BalaCore } from '../../src/core.js';
import type { FloodLimiter } from '../../src/flood-limit.js';
import { messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/localized.js';
import type { Logger } from '../../src/logger.js';
import type { Metrics } from '../../src/metrics.js';
import type { SubscriptionService } from '../../src/platform.js';
import type { ChatLanguages } from '../platform-deps.js';
import { answerAutocomplete, typedQuestion } from './autocomplete.js';
import type { CommandHandler } from './handlers/index.js';
import { interactionLanguage } from './interaction-language.js';
import { noticeEdit, privateNotice, replyPayload } from './payloads.js';

export interface RouterDeps {
  core: BalaCore;
  logger: Logger;
  handlers: Readonly<Record<string, CommandHandler>>;
  floodLimiter: FloodLimiter;
  subscriptions: SubscriptionService;
  defaultTimeZone: string;
  now: () => Date;
  metrics?: Metrics | undefined;
  /** Channels' explicit language choices, when storage is there. */
  languages?: ChatLanguages | undefined;
  defaultLanguage: Lang;
}

/**
 * The `interactionCreate` listener. It never rejects: every failure ends in the error funnel, which logs
 * the command name and interaction id only (never the text, the user or the channel) and tells the person.
 */
export function createInteractionRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const handlers = new Map(Object.entries(deps.handlers));
  const languageOf = (interaction: Interaction, text: string | undefined) =>
    interactionLanguage({ channelId: interaction.channelId, locale: interaction.locale, text }, deps);
  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      try {
        // Suggestions in the language the answer will be in, judged from what is typed so far.
        const lang = await languageOf(interaction, typedQuestion(interaction));
        await answerAutocomplete(interaction, deps.core, lang);
      } catch (err) {
        // Nothing to tell the person: the choices list just stays empty.
        deps.logger
          .child({ command: interaction.commandName, interactionId: interaction.id })
          .warn({ err }, 'discord autocomplete failed');
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const log = deps.logger.child({ command: interaction.commandName, interactionId: interaction.id });
    const lang = await languageOf(interaction, interaction.options.getString('question') ?? undefined);
    const m = messages(lang);
    try {
      // Autocomplete is not counted: it fires on every keystroke of a single question.
      if (!deps.floodLimiter.allow(`dc:${interaction.user.id}`)) {
        await interaction.reply(privateNotice(m.tooManyQuestions));
        return;
      }
      const handler = handlers.get(interaction.commandName);
      if (!handler) {
        // A command still registered in Discord after it was removed from the code.
        await interaction.reply(privateNotice(m.discordUnknownCommand));
        return;
      }
      await handler(interaction, {
        core: deps.core,
        lang,
        subscriptions: deps.subscriptions,
        defaultTimeZone: deps.defaultTimeZone,
        now: deps.now,
        sendReply: (reply) => {
          deps.metrics?.reply('discord', reply.kind);
          return interaction.reply(replyPayload(reply));
        },
      });
      log.debug('discord command answered');
    } catch (err) {
      deps.metrics?.error('discord');
      log.error({ err }, 'discord command failed');
      await tellSomethingWentWrong(interaction, m.somethingWrong).catch((replyErr: unknown) =>
        log.warn({ err: replyErr }, 'discord could not report a failed command'),
      );
    }
  };
}

/**
 * A deferred "Bala is thinking…" placeholder is filled with the apology; an answer already shown is left
 * as it is, with the apology as a private follow-up; otherwise the apology is the (private) reply.
 */
async function tellSomethingWentWrong(interaction: ChatInputCommandInteraction, text: string): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(noticeEdit(text));
  } else if (interaction.replied) {
    await interaction.followUp(privateNotice(text));
  } else {
    await interaction.reply(privateNotice(text));
  }
}
