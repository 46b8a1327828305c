import { isStopWord } from './stopwords.js';

/**
 * Folds text to the form every comparison uses: lower case, no accents, no punctuation, decimal commas
 * as points ("31,4" and "31.4" are the same figure), one space between words.
 */
export function normalize(text: string): string {
  return (
    text
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
      .trim()
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
};

/** The words that carry meaning, stemmed: what the search index and the query are compared on. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map((w) => CANONICAL[w] ?? stem(w));
}
