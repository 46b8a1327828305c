import { stemKazakh, stemRussian } from './cyrillic-stem.js';
import { foldKazakh, latinKazakhToCyrillic, spellOutKazakhLatin } from './kazakh.js';
import { isStopWord } from './stopwords.js';

/**
 * Folds text to the form every comparison uses: lower case, no accents, Kazakh letters folded as people
 * type them on a Russian keyboard (қ→к, і→и ...), no punctuation, decimal commas as points ("31,4" and
 * "31.4" are the same figure), one space between words.
 */
export function normalize(text: string): string {
  return foldKazakh(
    spellOutKazakhLatin(text)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // "don't", "children's", "I'm": one word each, as people also type them without the apostrophe.
      .replace(/(\p{L})['’`ʼ](\p{L})/gu, '$1$2')
      // "grown-ups" and "well-being" are written with and without the hyphen; digit ranges (6-9) keep it.
      .replace(/(\p{L})-(\p{L})/gu, '$1$2')
      .replace(/(\d),(?=\d)/g, '$1.')
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      // A full stop just dropped leaves two spaces ("bag. leaving"): one word boundary, not an empty word.
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
}

export function words(text: string): string[] {
  const folded = normalize(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Strips the common English inflections so "children's", "hitting" and "hits" meet their stems. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

// Everyday words for "child" all mean the same person here; one form keeps them from diluting the match.
export const CANONICAL: Record<string, string> = {
  children: 'child',
  childrens: 'child',
  kid: 'child',
  kids: 'child',
  kiddo: 'child',
  youngster: 'child',
  youngsters: 'child',
  grownup: 'adult',
  grownups: 'adult',
  kazakh: 'kazakhstan',
  kazakhs: 'kazakhstan',
  kazakhstani: 'kazakhstan',
  kazakhstans: 'kazakhstan',
  // Russian "child" has two roots (ребёнок, дети); folded and unstemmed forms of the first join the second.
  ребенок: 'дет',
  ребенка: 'дет',
  ребенку: 'дет',
  ребенком: 'дет',
  ребенке: 'дет',
  ребята: 'дет',
  ребят: 'дет',
  ребятам: 'дет',
};

const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
const LATIN_WORD = /^[a-zı]+$/;

/** Russian or Kazakh: which stemmer a Cyrillic word goes through. */
export type CyrillicLang = 'ru' | 'kk';

/**
 * Stems already worked out: the fact base says the same words thousands of times, and stemming them once
 * each is most of what building the index costs. Bounded, as queries bring words of their own.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

/** One content word as the index keeps it. */
export function term(word: string, cyrillic: CyrillicLang = 'ru'): string {
  const canonical = CANONICAL[word];
  if (canonical) return canonical;
  if (!CYRILLIC_WORD.test(word)) return stem(word);
  const key = cyrillic === 'kk' ? `k${word}` : `r${word}`;
  let stemmed = stems.get(key);
  if (stemmed === undefined) {
    stemmed = cyrillic === 'kk' ? stemKazakh(word) : stemRussian(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(key, stemmed);
  }
  return stemmed;
}

/**
 * The words that carry meaning, stemmed: what the search index compares questions with. Kazakh text may
 * be written in Latin letters: those are spelled in Cyrillic first, so they meet the rest of the Kazakh.
 */
export function contentTerms(text: string, lang: 'en' | CyrillicLang = 'en'): string[] {
  const key = `${lang}\u0000${text}`;
  const ready = primed.get(key);
  if (ready) {
    primed.delete(key);
    return ready;
  }
  const spelled =
    lang === 'kk' ? words(text).map((w) => (LATIN_WORD.test(w) ? latinKazakhToCyrillic(w) : w)) : words(text);
  const terms = spelled.filter((w) => !isStopWord(w)).map((w) => term(w, lang === 'kk' ? 'kk' : 'ru'));
  recording?.set(key, terms);
  return terms;
}

/**
 * Folding the fact base's words is most of building the search index, and the result only changes with
 * the fact base: the knowledge cache records it once (`recordContentTerms`) and hands it back at the next
 * start (`primeContentTerms`). Each primed entry is used once and let go, so nothing stays in memory.
 */
const primed = new Map<string, string[]>();
let recording: Map<string, string[]> | undefined;

export function recordContentTerms(run: () => void): Record<string, string[]> {
  recording = new Map();
  try {
    run();
    return Object.fromEntries(recording);
  } finally {
    recording = undefined;
  }
}

export function primeContentTerms(table: Readonly<Record<string, string[]>>): void {
  primed.clear();
  for (const [key, terms] of Object.entries(table)) primed.set(key, terms);
}

/** A query word as the index may know it, in its likelier reading and, where there is one, the other. */
export interface QueryTerm {
  term: string;
  alternative?: string;
}

/**
 * The query's content words. Which language a word is in is not always clear from the message (Kazakh
 * typed without Kazakh letters looks Russian; Kazakh in Latin letters looks English), so each Cyrillic or
 * Latin word carries both readings, the likelier first, and the search takes the one the index knows.
 */
export function queryTerms(text: string, lang: 'en' | CyrillicLang): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const word of words(text)) {
    const [first, second] = readings(word, lang);
    if (first !== undefined)
      out.push(second === undefined ? { term: first } : { term: first, alternative: second });
  }
  return out;
}

function readings(word: string, lang: 'en' | CyrillicLang): [string | undefined, string | undefined] {
  if (CYRILLIC_WORD.test(word)) {
    if (isStopWord(word)) return [undefined, undefined];
    // Russian has no Kazakh reading to fall back on: Kazakh typed without its letters is recognised as
    // Kazakh by its words (languageOfText), and short Kazakh stems would otherwise catch Russian words.
    return lang === 'kk' ? [term(word, 'kk'), term(word, 'ru')] : [term(word, 'ru'), undefined];
  }
  if (!LATIN_WORD.test(word)) return [isStopWord(word) ? undefined : term(word), undefined];
  const asKazakh = latinKazakhToCyrillic(word);
  const english = isStopWord(word) ? undefined : term(word);
  const kazakh = isStopWord(asKazakh) ? undefined : term(asKazakh, 'kk');
  // A stop word in the likelier reading is a stop word: "bar" in Kazakh, "men" in English.
  return lang === 'kk'
    ? [kazakh, kazakh === undefined ? undefined : english]
    : [english, english === undefined ? undefined : kazakh];
}
