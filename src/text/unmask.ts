/**
 * Undoes the spellings that hide words from a reader: invisible characters inside a word ("h\u200Bits"),
 * stray accents stacked on letters, fullwidth or styled letters (ｈｉｔｓ, 𝐡𝐢𝐭𝐬), Latin look-alikes inside a
 * Cyrillic word (and the other way round) and digits standing for letters ("k1ll mys3lf").
 *
 * Every step is linear, and no character may grow into more than MAX_EXPANSION characters: U+FDFA is one
 * character whose compatibility form is 18 letters, and 4,000 of them must not cost more than prose.
 */

const MAX_EXPANSION = 4;

/** Characters that need no compatibility mapping: ASCII, Latin-1 letters, Cyrillic and its supplement. */
function isPlain(code: number): boolean {
  return (
    code < 0xa0 ||
    (code >= 0xc0 && code < 0x2b0 && code !== 0x132 && code !== 0x133) ||
    (code >= 0x400 && code < 0x530)
  );
}

/** Format characters (zero-width space and joiners, soft hyphen, direction marks) and combining marks. */
const INVISIBLE = /[\p{Cf}\p{M}]/u;

/** NFKC one character at a time, so that a single character's expansion can be refused. */
function compatibilityForm(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isPlain(code)) {
      out += char;
      continue;
    }
    if (INVISIBLE.test(char)) continue;
    const mapped = char.normalize('NFKC');
    // A ligature of a whole phrase is not a letter anyone types to spell a word: it stands as a space.
    out += mapped.length > MAX_EXPANSION ? ' ' : mapped;
  }
  return out;
}

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /[a-z]/;

/** Latin letters that look like Cyrillic ones, and the Cyrillic letters that look like Latin ones. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  т: 't',
  х: 'x',
  у: 'y',
};
/** Digits and signs that stand for letters: 0 for o, 1 for i, 3 for e, 4 for a, 5 for s, @ for a... */
const LEET_LATIN: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LEET_CYRILLIC: Readonly<Record<string, string>> = {
  '0': 'о',
  '3': 'з',
  '4': 'ч',
  '6': 'б',
  '@': 'а',
};

function mapEach(word: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const char of word) out += table[char] ?? char;
  return out;
}

function countMatches(word: string, pattern: RegExp): number {
  let n = 0;
  for (const char of word) if (pattern.test(char)) n++;
  return n;
}

/**
 * One word of mixed letters: the script most of its letters are in decides, and the look-alikes of the
 * other script are read in it. Digits and signs count as letters only right after a letter, so "2050",
 * "31.4", "6-9" and "12yo" stay figures.
 */
function unmaskWord(word: string): string {
  const cyrillic = countMatches(word, CYRILLIC_LETTER);
  const latin = countMatches(word, LATIN_LETTER);
  if (cyrillic + latin === 0) return word;
  const hasSigns = LEET_AFTER_LETTER.test(word);
  if (cyrillic >= latin) {
    const letters = latin > 0 ? mapEach(word, LATIN_TO_CYRILLIC) : word;
    return hasSigns ? mapEach(letters, LEET_CYRILLIC) : letters;
  }
  const letters = cyrillic > 0 ? mapEach(word, CYRILLIC_TO_LATIN) : word;
  return hasSigns ? mapEach(letters, LEET_LATIN) : letters;
}

/** A run of letters, digits and the signs leet spelling uses, with at least one letter in it. */
const WORDLIKE = /[\p{L}\d@$]*\p{L}[\p{L}\d@$]*/gu;
/** "k1ll", "d13": a sign right after a letter. "12yo", "5th" and "2nd" start with their figure and stay. */
const LEET_AFTER_LETTER = /\p{L}[\d@$]/u;

/**
 * Lower case text with hidden spellings undone. Words keep their boundaries: nothing invisible is turned
 * into a space, so "d\u200Bie" becomes "die", not "d ie".
 */
export function unmask(text: string): string {
  // Lower case can add a mark of its own (İ becomes i and a dot above), which goes as well.
  const visible = compatibilityForm(text)
    .toLowerCase()
    .replace(/\u0307/g, '');
  return visible.replace(WORDLIKE, (word) =>
    LEET_AFTER_LETTER.test(word) || mixedScripts(word) ? unmaskWord(word) : word,
  );
}

function mixedScripts(word: string): boolean {
  return CYRILLIC_LETTER.test(word) && /[a-z]/.test(word);
}
