import { fillTemplate } from '../src/i18n/fill.js';
import { type Messages, messages } from '../src/i18n/index.js';
import type { Lang } from '../src/localized.js';

/** Each catalogue names every language in its own words: "русский" in Russian, "орыс тілі" in Kazakh. */
const LANGUAGE_NAMES: Record<Lang, keyof Messages> = {
  en: 'languageNameEn',
  ru: 'languageNameRu',
  kk: 'languageNameKk',
};

/** The confirmation of a /language choice, already in the chosen language. */
export function languageSetMessage(lang: Lang): string {
  const m = messages(lang);
  return fillTemplate(m.languageSet, { language: m[LANGUAGE_NAMES[lang]] });
}
