import type { Lang } from '../../src/lang.js';

/**
 * The reply language from the person's Discord client language. Discord has no Kazakh locale, so Kazakh
 * will need its own choice (a later issue); until then everyone who is not on Russian gets English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
