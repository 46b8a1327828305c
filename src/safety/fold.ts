import { KAZAKH_FOLDS, LATIN_LETTERS, latinKazakhToCyrillic } from '../text/kazakh.js';
/**
 * Spellings for the Russian and Kazakh safety rules. Children type the same word in many ways: with or
 * without Kazakh letters (қорқамын / коркамын), with ё or е, in Latin script (qorqamyn, olgim keledi),
 * with a Latin look-alike letter in a Cyrillic word. Every word is folded to one key per language, and
 * the lexicons are folded the same way when they are compiled, so both sides always meet.
 *
 * This is kept apart from src/text/normalize.ts on purpose: the search folds for ranking, while these
 * keys are tuned for recall on a few hundred distress words and must not move when search tuning does.
 */

/** Lower case, accents off (ё→е, й→и, ó→o), apostrophes inside words dropped: for messages and lexicons alike. */
export function plainLetters(text: string): string {
  return (
    text
      .toLowerCase()
      // Turkish-style Kazakh Latin: ş and ç are two letters in the other spellings (sh, ch); ı is i.
      .replace(/ş/g, 'sh')
      .replace(/ç/g, 'ch')
      .replace(/ı/g, 'i')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // "o'lgim", "g'" in the apostrophe Latin alphabet: the apostrophe only marks the letter.
      .replace(/(\p{L})['’`ʼ](?=\p{L})/gu, '$1')
  );
}

const CYRILLIC = /[\u0400-\u04ff]/;

function isCyrillic(token: string): boolean {
  return CYRILLIC.test(token);
}

function mapLetters(token: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const letter of token) out += table[letter] ?? letter;
  return out;
}

/**
 * Kazakh letters fold onto the Russian ones a keyboard without them gives (қ→к, ө→о, ұ/ү→у, і→и), and ы,
 * і, и, й become one letter: children mix them freely (кашкым, қашқым, qashqym). Soft and hard signs are
 * dropped; я and ю become the two sounds Latin spells them with (ya → иа).
 */
const KAZAKH_FOLD: Readonly<Record<string, string>> = {
  ...KAZAKH_FOLDS,
  ы: 'и',
  й: 'и',
  э: 'е',
  ь: '',
  ъ: '',
  я: 'иа',
  ю: 'иу',
  щ: 'ш',
};

export function kazakhKey(token: string): string {
  if (!isCyrillic(token)) {
    // Kazakh in Latin letters, spelled in Cyrillic as the search does, then folded like Cyrillic Kazakh.
    return mapLetters(latinKazakhToCyrillic(token), KAZAKH_FOLD);
  }
  return mapLetters(token, KAZAKH_FOLD);
}

/** Russian transliteration, as people type it when they have no Cyrillic keyboard (menya, hochu, zhit). */
const RUSSIAN_LATIN_PAIRS: readonly [RegExp, string][] = [
  [/shch|sch/g, 'щ'],
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ts/g, 'ц'],
  [/[yj]a/g, 'я'],
  [/[yj]u/g, 'ю'],
  [/[yj]o/g, 'е'],
  // "y" after a vowel is й ("moy"), which the accent folding turns into и anyway; elsewhere it is ы.
  [/([aeiouяюе])y/g, '$1и'],
];
const RUSSIAN_LATIN: Readonly<Record<string, string>> = {
  ...LATIN_LETTERS,
  c: 'ц',
  h: 'х',
  j: 'и',
  q: 'к',
  w: 'в',
  x: 'кс',
  y: 'ы',
};

/** Russian letters as typed: ъ for ь is a common slip ("бъет"); stray Kazakh or Ukrainian і is и. */
const RUSSIAN_FOLD: Readonly<Record<string, string>> = { ъ: 'ь', і: 'и' };

export function russianKey(token: string): string {
  if (!isCyrillic(token)) {
    let latin = token;
    for (const [pair, letter] of RUSSIAN_LATIN_PAIRS) latin = latin.replace(pair, letter);
    return mapLetters(latin, RUSSIAN_LATIN);
  }
  return mapLetters(token, RUSSIAN_FOLD);
}
