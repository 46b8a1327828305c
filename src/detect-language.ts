import { join } from 'node:path';
import { LinearModel } from './learn/linear-model.js';
import { LANGS, type Lang, langSchema } from './localized.js';
import { modelsDir } from './paths.js';

/** Letters only Kazakh Cyrillic has: one of them settles that a message is Kazakh, not Russian. */
const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * Letters of the Kazakh Latin alphabet that English does not use. The capital of ı is a plain I, which
 * English uses all the time ("Is there...", "Do I..."), so only the small ı counts.
 */
const KAZAKH_LATIN_LETTERS = /[áǵıńóúýÁǴŃÓÚÝ]/u;
let latinModel: LinearModel | undefined;

/**
 * English, Russian typed in translit ("skolko detei"), or Kazakh in Latin letters without its special
 * letters ("balalar qansha"): a small model learned from the corpora tells them apart (npm run train).
 */
function latinLanguage(text: string): Lang {
  latinModel ??= LinearModel.load(join(modelsDir, 'language', 'classifier.json'));
  const probabilities = latinModel.probabilities(text);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return langSchema.catch('en').parse(latinModel.classes[best]);
}

/**
 * Everyday Kazakh words as they look typed on a Russian keyboard (қанша → канша), none of them Russian: a
 * Kazakh question without Kazakh letters is still Kazakh.
 */
const KAZAKH_PLAIN_WORDS = new Set(
  `бала балалар балалары балаларга балалардын баланын балага канша калаи кашан неге кандаи кимге кай
  мен ма ме ба бе па пе жане ушин туралы мектеп мектепте мектепке жок кукык кукыгы кукыктары кандаи
  неше комек отбасы денсаулык билим казакстанда казакстандагы`.split(/\s+/),
);

/** What the message itself says about its language, or undefined when it has no letters to go on. */
export function languageOfText(text: string): Lang | undefined {
  if (KAZAKH_CYRILLIC.test(text)) return 'kk';
  if (CYRILLIC.test(text)) {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.some((w) => KAZAKH_PLAIN_WORDS.has(w)) ? 'kk' : 'ru';
  }
  if (!LATIN.test(text)) return undefined;
  if (KAZAKH_LATIN_LETTERS.test(text)) return 'kk';
  return latinLanguage(text);
}

/** Telegram's `language_code` ("ru", "kk", "en-GB") or Discord's `locale` ("ru", "en-US") as a Lang. */
export function languageOfHint(hint: string | undefined): Lang | undefined {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === base);
}

/** Kazakh is written in both scripts, so it fits either. */
function sameScript(a: Lang, b: Lang): boolean {
  return a === b || a === 'kk' || b === 'kk';
}

export interface LanguageSignals {
  /** The chat's own choice (/language) or the `--lang` flag. */
  explicit?: Lang | undefined;
  /** The platform's hint: Telegram `language_code`, Discord `locale`. */
  hint?: string | undefined;
  /** The message, when there is one. */
  text?: string | undefined;
  /** The deployment's DEFAULT_LANGUAGE. */
  fallback: Lang;
}

/**
 * The language of a reply. An explicit choice always wins. Then the platform's hint, as long as the message
 * is written in that language's script: a child whose phone is set to English but who writes in Russian
 * reads Russian best, and Kazakh letters or words mean Kazakh whatever the hint. Then the message's own
 * letters (other Cyrillic means Russian, Latin English). Else the default.
 */
export function chooseLanguage(signals: LanguageSignals): Lang {
  if (signals.explicit) return signals.explicit;
  const written = signals.text === undefined ? undefined : languageOfText(signals.text);
  // Kazakh letters or words are plain evidence, whatever the phone is set to.
  if (written === 'kk') return 'kk';
  const hinted = languageOfHint(signals.hint);
  if (hinted && (!written || sameScript(hinted, written))) return hinted;
  return written ?? hinted ?? signals.fallback;
}
