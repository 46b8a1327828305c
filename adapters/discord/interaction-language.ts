import { chooseLanguage } from '../../src/detect-language.js';
import type { Lang } from '../../src/localized.js';
import type { Logger } from '../../src/logger.js';
import type { ChatLanguages } from '../platform-deps.js';

export interface InteractionSignals {
  /** Explicit choices are kept per channel, as subscriptions are: everyone there reads the same posts. */
  channelId: string | null;
  /** The person's Discord client language (`interaction.locale`: "ru", "en-US"…). */
  locale: string | undefined;
  /** What they wrote or are typing: the /ask question. */
  text: string | undefined;
}

/**
 * The language of an interaction's answer (see chooseLanguage). Discord has no /language command, so an
 * explicit choice is there only if one was stored for the channel; mostly the client language and the
 * question decide. Discord has no Kazakh locale, so Kazakh comes from the question's own letters and words.
 * If storage fails, the answer still comes, in the best guess without it.
 */
export async function interactionLanguage(
  signals: InteractionSignals,
  deps: { languages?: ChatLanguages | undefined; defaultLanguage: Lang; logger: Logger },
): Promise<Lang> {
  const guess = { hint: signals.locale, text: signals.text, fallback: deps.defaultLanguage };
  if (!deps.languages || signals.channelId === null) return chooseLanguage(guess);
  try {
    return chooseLanguage({ ...guess, explicit: await deps.languages.get('discord', signals.channelId) });
  } catch (err) {
    deps.logger.warn({ err }, 'discord could not read the channel language');
    return chooseLanguage(guess);
  }
}
