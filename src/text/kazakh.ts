/**
 * Kazakh letters that Russian keyboards lack, folded onto the letters people type instead. Unicode gives
 * none of them a decomposition, so stripping diacritics (or fuse.js's ignoreDiacritics) leaves them as
 * they are: "қазақстан" and "казакстан" would never meet.
 */
export const KAZAKH_FOLDS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const KAZAKH_LETTER = /[әғқңөұүһі]/g;

/** Lower-case text with Kazakh-only letters folded (қ→к, ғ→г, ң→н, ө→о, ә→а, ұ/ү→у, і→и, һ→х). */
export function foldKazakh(lowerCase: string): string {
  return lowerCase.replace(KAZAKH_LETTER, (letter) => KAZAKH_FOLDS[letter] ?? letter);
}

// Kazakh in Latin letters (the 2018 alphabet and everyday chat spelling), after accents are stripped,
// onto the folded Cyrillic spelling the fact base is indexed in: ı is и/й and y is ы, as in that alphabet.
// Digraphs first.
const LATIN_DIGRAPHS: Readonly<Record<string, string>> = { sh: 'ш', ch: 'ч', zh: 'ж', kh: 'х', gh: 'г' };
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  ı: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'ы',
  z: 'з',
};

/** A word of Kazakh typed in Latin letters (lower case, accents stripped), spelled in folded Cyrillic. */
export function latinKazakhToCyrillic(word: string): string {
  return word
    .replace(/[scz]h|[kg]h/g, (pair) => LATIN_DIGRAPHS[pair] ?? pair)
    .replace(/[a-zı]/g, (letter) => LATIN_LETTERS[letter] ?? letter);
}

/**
 * Latin Kazakh letters whose accent changes the letter, not just its sound: ý is У in the 2018 alphabet but
 * would read as y (Ы) once the accent is stripped, and ş/ç (2021) are Ш/Ч. Spelled out before accents go.
 */
export function spellOutKazakhLatin(text: string): string {
  return text.replace(/[ýÝ]/g, 'w').replace(/[şŞ]/g, 'sh').replace(/[çÇ]/g, 'ch');
}
