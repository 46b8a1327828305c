import { join } from 'node:path';
import { intentCorpusDir, loadQuestions } from '../src/intent/corpus.js';
import type { Split } from '../src/learn/corpus-files.js';
import type { ModelFile } from '../src/learn/linear-model.js';
import { modelFile, type TrainingOptions, trainLinear } from '../src/learn/train-linear.js';
import { LANGS } from '../src/localized.js';
import { loadCorpus } from '../src/safety/corpus.js';
import { fingerprint } from './safety-training.js';

/**
 * Which language a message in Latin letters is in: English, Russian typed in translit, or Kazakh in Latin
 * letters. Learned from every Latin-letter message of both corpora, whose authors said the language.
 */
const TRAINING: TrainingOptions = {
  classes: [...LANGS],
  features: { bits: 14, minGram: 1, maxGram: 4, words: true, wordPairs: false, maxWords: 40 },
  window: 1000,
  epochs: 8,
  learningRate: 0.4,
  l2: 1e-4,
  seed: 20261120,
};

/** Letters only: a message with no Cyrillic letter and at least one Latin one. */
export const LATIN_ONLY = /^[^\p{Script=Cyrillic}]*\p{Script=Latin}[^\p{Script=Cyrillic}]*$/u;

export function latinMessages(
  modelsRoot: string,
  splits: readonly Split[],
): { text: string; lang: string }[] {
  return [
    ...loadCorpus(join(modelsRoot, 'safety', 'corpus'), splits),
    ...loadQuestions(intentCorpusDir(modelsRoot), splits),
  ].filter((item) => LATIN_ONLY.test(item.text));
}

export function trainLanguageModel(modelsRoot: string): ModelFile {
  const items = latinMessages(modelsRoot, ['train']).map((m) => ({
    text: m.text,
    label: TRAINING.classes.indexOf(m.lang),
  }));
  const trainedOn = {
    corpus: fingerprint([join(modelsRoot, 'safety', 'corpus'), intentCorpusDir(modelsRoot)]),
    items: items.length,
    authors: [],
  };
  return modelFile(trainLinear(items, TRAINING), TRAINING, { trainedOn, thresholds: {} });
}
