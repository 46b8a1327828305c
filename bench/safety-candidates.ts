import Classifier from 'wink-naive-bayes-text-classifier';
import { skeletonWords } from '../src/learn/skeleton.js';
import type { SafetyLevel } from '../src/safety/assessment.js';
import type { CorpusItem } from '../src/safety/corpus.js';

/** Character n-grams and words of the skeleton spelling: the same view of a message the shipped model has. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of skeletonWords(text).slice(0, 600)) {
    const padded = `^${word}$`;
    for (let n = 2; n <= 5; n++)
      for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
    out.push(`w:${word}`);
  }
  return out;
}

/**
 * A library candidate measured against the shipped model: wink's naive Bayes on the same features and the
 * same training split, its two thresholds chosen on dev the same way (recall first, at most 4% alarms on the
 * non-disclosures).
 */
export function naiveBayesCandidate(
  train: readonly CorpusItem[],
  dev: readonly CorpusItem[],
): (text: string) => SafetyLevel {
  const nbc = Classifier();
  nbc.definePrepTasks([tokens]);
  nbc.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const item of train) nbc.learn(item.text, item.label);
  nbc.consolidate();
  const odds = (text: string): number => {
    const pairs = nbc.computeOdds(text) as [string, number][];
    return pairs.find(([label]) => label === 'disclosure')?.[1] ?? 0;
  };
  const negatives = dev
    .filter((i) => i.label === 'none')
    .map((i) => odds(i.text))
    .sort((a, b) => b - a);
  const checkIn = negatives[Math.floor(negatives.length * 0.04)] ?? 0;
  const disclosure = negatives[Math.floor(negatives.length * 0.01)] ?? 0;
  return (text) => {
    const o = odds(text);
    return o > disclosure ? 'disclosure' : o > checkIn ? 'check_in' : 'none';
  };
}
