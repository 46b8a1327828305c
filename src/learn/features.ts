import { fnv1a } from './hash.js';
import { skeletonWords } from './skeleton.js';

/** How a message becomes features: which pieces, into how many buckets. Saved with each model. */
export interface FeatureSpec {
  /** Buckets are 2^bits. */
  bits: number;
  /** Shortest and longest character n-gram, counted inside each word with its boundaries (^word$). */
  minGram: number;
  maxGram: number;
  /** Whole words and pairs of neighbouring words as features too. */
  words: boolean;
  wordPairs: boolean;
  /** Only the first this many words are read: the cost of a message is bounded, whatever its length. */
  maxWords: number;
}

/**
 * The features of a message, each a bucket index, with repeats (a word said twice counts twice). Character
 * n-grams make the model robust to typos, endings and scripts; whole words and word pairs carry phrases
 * ("kill myself" is not "kill" and "myself").
 */
export function featuresOf(text: string, spec: FeatureSpec): Uint32Array {
  const words = skeletonWords(text).slice(0, spec.maxWords);
  const mask = (1 << spec.bits) - 1;
  const out: number[] = [];
  let previous = '';
  for (const word of words) {
    const padded = `^${word}$`;
    for (let n = spec.minGram; n <= spec.maxGram; n++)
      for (let i = 0; i + n <= padded.length; i++) out.push(fnv1a(`c${padded.slice(i, i + n)}`) & mask);
    if (spec.words) out.push(fnv1a(`w${word}`) & mask);
    if (spec.wordPairs && previous !== '') out.push(fnv1a(`p${previous} ${word}`) & mask);
    previous = word;
  }
  return Uint32Array.from(out);
}
