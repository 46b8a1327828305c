import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { BalaCore } from '../../src/core.js';
import type { FloodLimiter } from '../../src/flood-limit.js';
import { messages } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type { SubscriptionService } from '../../src/platform.js';
import { answerAutocomplete } from './autocomplete.js';
import type { CommandHandler } from './handlers/index.js';
import { langFromLocale } from './language.js';
import { noticeEdit, privateNotice } from './payloads.js';

export interface RouterDeps {
  core: BalaCore;
  logger: Logger;
  handlers: Readonly<Record<string, CommandHandler>>;
  floodLimiter: FloodLimiter;
  subscriptions: SubscriptionService | undefined;
  defaultTimeZone: string;
  now: () => Date;
}

/**
 * The `interactionCreate` listener. It never rejects: every failure ends in the error funnel, which logs
 * the command name and interaction id only (never the text, the user or the channel) and tells the person.
 */
export function createInteractionRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const handlers = new Map(Object.entries(deps.handlers));
  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      try {
        await answerAutocomplete(interaction, deps.core);
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
    const m = messages(langFromLocale(interaction.locale));
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
        lang: langFromLocale(interaction.locale),
        subscriptions: deps.subscriptions,
        defaultTimeZone: deps.defaultTimeZone,
        now: deps.now,
      });
      log.debug('discord command answered');
    } catch (err) {
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
