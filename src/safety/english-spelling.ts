import { editDistance } from '../search/term-matcher.js';

/**
 * A slip of the fingers doubles, drops or swaps letters ("beatt", "molsted", "baet") and keeps the first
 * one. A letter changed for another, or a first letter changed, mostly makes another word: "showed" is not
 * "shoved", "picked" not "kicked", "amused" not "abused", "talked" not "stalked".
 */
export function likelyTypo(actual: string, expected: string): boolean {
  if (actual[0] !== expected[0]) return false;
  if (actual.length !== expected.length) return true;
  const differ = [...actual].filter((c, i) => c !== expected[i]).length;
  return differ === 2 && [...actual].sort().join('') === [...expected].sort().join('');
}

/**
 * One slip away (see likelyTypo). The first letter and the length are compared before the edit distance:
 * almost every word fails there, and every message is read against hundreds of phrases.
 */
export function isSlipOf(actual: string, expected: string): boolean {
  if (actual[0] !== expected[0] || Math.abs(actual.length - expected.length) > 1) return false;
  return editDistance(actual, expected, 1) <= 1 && likelyTypo(actual, expected);
}

export function sameWord(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  if (actual === expected) return true;
  return expected.length >= 4 && isSlipOf(actual, expected);
}

export function containsPhrase(tokens: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => sameWord(tokens[start + offset], word))) return true;
  }
  return false;
}
