import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import type { BalaCore } from '../../src/core.js';
import type { Lang } from '../../src/localized.js';
import { fitText } from './embed-limits.js';

/** Discord's limits for autocomplete: at most 25 choices, names and values of 1-100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Question phrasings for what the person is typing in /ask, in `lang`. The core's lookup is synchronous
 * and quick, which matters: Discord drops an autocomplete answer that comes after 3 seconds.
 */
export function questionChoices(
  core: BalaCore,
  typed: string,
  lang: Lang,
): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const question of core.suggestQuestions(typed, lang, MAX_CHOICES)) {
    // Choice names are shown as plain text, so no markdown escaping; a cut question still searches well.
    const text = fitText(question.trim(), MAX_CHOICE_LENGTH);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    choices.push({ name: text, value: text });
  }
  return choices.slice(0, MAX_CHOICES);
}

/** The question being typed into /ask, or undefined when autocomplete fires for anything else. */
export function typedQuestion(interaction: AutocompleteInteraction): string | undefined {
  const focused = interaction.options.getFocused(true);
  return interaction.commandName === 'ask' && focused.name === 'question' ? String(focused.value) : undefined;
}

export function answerAutocomplete(
  interaction: AutocompleteInteraction,
  core: BalaCore,
  lang: Lang,
): Promise<void> {
  const typed = typedQuestion(interaction);
  return interaction.respond(typed === undefined ? [] : questionChoices(core, typed, lang));
}
