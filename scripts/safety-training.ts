import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { conventionCorpusDir, loadConventionQuestions } from '../src/intent/convention-corpus.js';
import { intentCorpusDir, loadQuestions } from '../src/intent/corpus.js';
import type { Split } from '../src/learn/corpus-files.js';
import type { FeatureSpec } from '../src/learn/features.js';
import { LinearModel, type ModelFile } from '../src/learn/linear-model.js';
import { modelFile, type TrainingOptions, trainLinear } from '../src/learn/train-linear.js';
import { type CorpusItem, loadCorpus, questionsAsSafetyItems } from '../src/safety/corpus.js';
import { DISCLOSURE_CLASS, SafetyReader } from '../src/safety/detect.js';
import type { SafetyThresholds } from '../src/safety/policy.js';
import { ruleWords } from '../src/safety/rule-engine.js';
import { loadRuleSets } from '../src/safety/rule-files.js';

/** How the safety model is trained. Changed only by looking at the dev split (`npm run bench`). */
export const SAFETY_FEATURES: FeatureSpec = {
  bits: 18,
  minGram: 2,
  maxGram: 5,
  words: true,
  wordPairs: true,
  maxWords: 600,
};
export const SAFETY_TRAINING: TrainingOptions = {
  classes: ['none', DISCLOSURE_CLASS],
  features: SAFETY_FEATURES,
  window: 14,
  epochs: 12,
  learningRate: 0.4,
  l2: 3e-4,
  classWeights: [1, 1.5],
  seed: 20261120,
};

/**
 * What the thresholds must keep on the dev split (the targets, with a margin). Any alarm, the
 * check-in included, counts against harm words that are no disclosure and ordinary messages; a worried
 * child may be asked whether they are safe more often. The full safeguarding reply has tighter limits,
 * and must leave questions about violence to their answer.
 */
export const ALARM_LIMITS = { fiction: 0.04, everyday: 0.12, ordinary: 0.008 } as const;
export const SAFEGUARDING_LIMITS = {
  fiction: 0.02,
  everyday: 0.03,
  ordinary: 0.004,
  questions: 0.05,
} as const;

export interface Scored {
  item: CorpusItem;
  probability: number;
  ruleFired: boolean;
}

/** Facts whose questions are about harm: the safety model must answer them, never alarm. */
export const FACTS_ABOUT_HARM: ReadonlySet<string> = new Set(['violence-at-home', 'where-to-get-help']);

/**
 * Convention articles about harm (violence, exploitation, removal from family, detention, war): a question
 * on them may carry a disclosure ("is my dad allowed to hit me with a belt?"), so it never teaches "safe".
 */
const HARM_ARTICLES: ReadonlySet<number> = new Set([
  9, 11, 19, 20, 22, 25, 32, 33, 34, 35, 36, 37, 38, 39, 40,
]);

/**
 * Questions on the other Convention articles, from the train split, as messages that must not alarm: a
 * child asking what the right to privacy or to join a club means is asking, not disclosing. Not the
 * first-person situations: taught as safe, they pulled the dev split's full safeguarding replies down by
 * 5 to 12 points (ru 90.6% → 78.6%). The questions alone keep it, and take the safeguarding replies to
 * dev Convention questions from 5.5% to 3.5% (en) and from 3.8% to 2.5% (ru).
 */
export function conventionQuestionsThatAreSafe(modelsRoot: string): { text: string; label: number }[] {
  return loadConventionQuestions(conventionCorpusDir(modelsRoot), ['train'])
    .filter((q) => q.kind !== 'situation' && !q.articles.some((n) => HARM_ARTICLES.has(n)))
    .map((q) => ({ text: q.text, label: 0 }));
}

/**
 * The safety corpus of some splits, with the fact questions of the same splits as messages that must
 * never raise an alarm.
 */
export function safetyItems(modelsRoot: string, splits: readonly Split[]): CorpusItem[] {
  const questions = loadQuestions(intentCorpusDir(modelsRoot), splits);
  return [
    ...loadCorpus(join(modelsRoot, 'safety', 'corpus'), splits),
    ...questionsAsSafetyItems(questions, FACTS_ABOUT_HARM),
  ];
}

/**
 * A fingerprint of the files a model is trained and tuned on: every file under the given folders, in a
 * fixed order. The never-read and read splits are left out: they never reach training.
 */
export function fingerprint(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort())
        if (entry !== 'never-read' && entry !== 'read') walk(join(path, entry));
    } else {
      hash.update(`${relative(modelsRootOf(path), path)}\n`);
      hash.update(readFileSync(path));
    }
  };
  for (const path of paths) walk(path);
  return hash.digest('hex');
}

/** Paths in the fingerprint are relative to the project, so two checkouts give the same one. */
function modelsRootOf(path: string): string {
  return path.includes('/models/')
    ? path.slice(0, path.indexOf('/models/'))
    : path.slice(0, path.indexOf('/knowledge/'));
}

function rate(scored: readonly Scored[], pick: (s: Scored) => boolean): number {
  return scored.length === 0 ? 0 : scored.filter(pick).length / scored.length;
}

/** Candidate thresholds: every probability seen on dev, so the choice is exact and repeatable. */
function candidates(scored: readonly Scored[]): number[] {
  return [...new Set(scored.map((s) => Number(s.probability.toFixed(4))))]
    .sort((a, b) => a - b)
    .concat([1.01]);
}

/**
 * The lowest thresholds the limits allow: a lower threshold reaches more children, so only the false
 * alarms on dev stop it. First the safeguarding line, then the check-in band below it.
 */
export function chooseThresholds(dev: readonly Scored[]): SafetyThresholds {
  const of = (category: string) => dev.filter((s) => s.item.category === category);
  const groups = {
    fiction: of('fiction_game_joke'),
    everyday: of('everyday_worry'),
    ordinary: of('ordinary'),
    questions: of('question_about_harm'),
  };
  const flagged = (t: number) => (s: Scored) => s.ruleFired || s.probability >= t;
  const within = (t: number, limits: Partial<Record<keyof typeof groups, number>>) =>
    Object.entries(limits).every(
      ([group, limit]) => rate(groups[group as keyof typeof groups], flagged(t)) <= limit,
    );
  const all = candidates(dev);
  const disclosure = all.find((t) => within(t, SAFEGUARDING_LIMITS)) ?? 1.01;
  const checkIn = all.find((t) => t <= disclosure && within(t, ALARM_LIMITS)) ?? disclosure;
  return { disclosure, checkIn };
}

export function score(
  reader: Pick<SafetyReader, 'probability' | 'ruleHit'>,
  items: readonly CorpusItem[],
): Scored[] {
  return items.map((item) => ({
    item,
    probability: reader.probability(item.text),
    ruleFired: reader.ruleHit(ruleWords(item.text)) !== undefined,
  }));
}

/** Trains on the train split, chooses the thresholds on dev, and returns the model file to save. */
export function trainSafetyModel(modelsRoot: string): ModelFile {
  const rulesDir = join(modelsRoot, 'safety', 'rules');
  const train = safetyItems(modelsRoot, ['train']);
  const dev = safetyItems(modelsRoot, ['dev']);
  const items = [
    ...train.map((item) => ({ text: item.text, label: item.label === 'disclosure' ? 1 : 0 })),
    ...conventionQuestionsThatAreSafe(modelsRoot),
  ];
  const trained = trainLinear(items, SAFETY_TRAINING);
  const trainedOn = {
    corpus: fingerprint([
      join(modelsRoot, 'safety', 'corpus'),
      intentCorpusDir(modelsRoot),
      conventionCorpusDir(modelsRoot),
      rulesDir,
    ]),
    items: items.length,
    authors: [...new Set(train.map((i) => i.author))].sort(),
  };
  const draft = new LinearModel(
    modelFile(trained, SAFETY_TRAINING, { trainedOn, thresholds: { disclosure: 1, checkIn: 1 } }),
  );
  const reader = new SafetyReader(loadRuleSets(rulesDir), draft);
  const thresholds = chooseThresholds(score(reader, dev));
  return modelFile(trained, SAFETY_TRAINING, { trainedOn, thresholds: { ...thresholds } });
}
