import { join } from 'node:path';
import { withoutArticleNumbers } from '../src/intent/article-lookup.js';
import {
  asFactQuestions,
  conventionCorpusDir,
  loadConventionQuestions,
  withArticleFacts,
} from '../src/intent/convention-corpus.js';
import { intentCorpusDir, loadQuestions, OUT_OF_SCOPE, type QuestionItem } from '../src/intent/corpus.js';
import {
  type Candidate,
  candidatesFor,
  decide,
  type IntentThresholds,
  lexicalHits,
} from '../src/intent/fusion.js';
import { IntentModel } from '../src/intent/model.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import type { Split } from '../src/learn/corpus-files.js';
import type { FeatureSpec } from '../src/learn/features.js';
import { LinearModel, type ModelFile } from '../src/learn/linear-model.js';
import {
  modelFile,
  type TrainingItem,
  type TrainingOptions,
  trainLinear,
} from '../src/learn/train-linear.js';
import { LANGS } from '../src/localized.js';
import { loadCorpus } from '../src/safety/corpus.js';
import { FactIndex } from '../src/search/fact-index.js';
import { fingerprint } from './safety-training.js';

/** How the fact matcher is trained. Changed only by looking at the dev split (`npm run bench`). */
export const INTENT_FEATURES: FeatureSpec = {
  bits: 15,
  minGram: 2,
  maxGram: 5,
  words: true,
  wordPairs: true,
  maxWords: 80,
};
const TRAINING: Omit<TrainingOptions, 'classes'> = {
  features: INTENT_FEATURES,
  window: 1000,
  epochs: 8,
  learningRate: 0.4,
  l2: 1e-4,
  seed: 20261120,
};

/** Out-of-scope messages the safety corpus already has: jokes, games, idioms, everyday worries. */
const SAFETY_OUT_OF_SCOPE = new Set(['fiction_game_joke', 'everyday_worry']);

/** The fact questions of a split: the fact corpus's and the Convention corpus's, as one list. */
export function factQuestions(modelsRoot: string, knowledge: KnowledgeBase, split: Split): QuestionItem[] {
  const convention = loadConventionQuestions(conventionCorpusDir(modelsRoot), [split]);
  return [...loadQuestions(intentCorpusDir(modelsRoot), [split]), ...asFactQuestions(convention, knowledge)];
}

/**
 * The training messages: the corpora's train split, every question phrasing of the fact base (so a new fact
 * is learned from its own file), and the safety corpus's messages that no fact answers.
 */
export function intentTrainingItems(
  modelsRoot: string,
  knowledge: KnowledgeBase,
): { text: string; intent: string }[] {
  const ids = new Set(knowledge.facts.map((f) => f.id));
  const questions = factQuestions(modelsRoot, knowledge, 'train').filter(
    (q) => q.intent === OUT_OF_SCOPE || ids.has(q.intent),
  );
  const phrasings = knowledge.facts.flatMap((fact) =>
    LANGS.flatMap((lang) => (fact.questions[lang] ?? []).map((text) => ({ text, intent: fact.id }))),
  );
  const chatter = loadCorpus(join(modelsRoot, 'safety', 'corpus'), ['train'])
    .filter((item) => SAFETY_OUT_OF_SCOPE.has(item.category))
    .map((item) => ({ text: item.text, intent: OUT_OF_SCOPE }));
  return [...questions, ...phrasings, ...chatter];
}

export function intentClasses(knowledge: KnowledgeBase): string[] {
  return [OUT_OF_SCOPE, ...knowledge.facts.map((f) => f.id).sort()];
}

/**
 * The fusion's thresholds tried on dev: the most right answers while, in each group of dev questions (the
 * fact corpus, the Convention corpus), wrong facts stay at or under 1.5% of its questions and out-of-scope
 * messages answered at or under 3% (the targets, with a margin). Per group, so that many easy questions of
 * one kind cannot pay for the other kind's mistakes.
 */
const WEIGHTS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const ANSWER_AT = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];

type DevQuestion = { item: QuestionItem; candidates: Candidate[] };

/** Right answers in a group, or undefined when the group breaks a limit. */
function rightWithinLimits(group: readonly DevQuestion[], t: IntentThresholds): number | undefined {
  let right = 0;
  let wrong = 0;
  let answeredOutOfScope = 0;
  for (const { item, candidates } of group) {
    const got = decide(item.text, candidates, t)?.fact.id;
    if (got === undefined) continue;
    if (got === item.intent || item.also?.includes(got)) right++;
    else if (item.intent === OUT_OF_SCOPE) answeredOutOfScope++;
    else wrong++;
  }
  const outOfScope = group.filter((d) => d.item.intent === OUT_OF_SCOPE).length;
  const questions = group.length - outOfScope;
  if (wrong > 0.015 * questions || answeredOutOfScope > 0.03 * outOfScope) return undefined;
  return right;
}

export function chooseIntentThresholds(groups: readonly (readonly DevQuestion[])[]): IntentThresholds {
  let best: { t: IntentThresholds; right: number } | undefined;
  for (const weight of WEIGHTS)
    for (const answerAt of ANSWER_AT) {
      const t = { weight, answerAt };
      const rights = groups.map((group) => rightWithinLimits(group, t));
      if (rights.some((r) => r === undefined)) continue;
      const right = rights.reduce<number>((sum, r) => sum + (r ?? 0), 0);
      if (!best || right > best.right) best = { t, right };
    }
  return best?.t ?? { weight: 0.7, answerAt: 0.7 };
}

export function trainIntentModel(modelsRoot: string, knowledgeDir: string): ModelFile {
  const knowledge = loadKnowledge(knowledgeDir);
  const classes = intentClasses(knowledge);
  const index = new Map(classes.map((c, i) => [c, i]));
  const items: TrainingItem[] = intentTrainingItems(modelsRoot, knowledge).map((q) => ({
    // What the matcher reads at run time (IntentModel.rank): article numbers are the rule's, not its.
    text: withoutArticleNumbers(q.text),
    label: index.get(q.intent) ?? 0,
  }));
  const options: TrainingOptions = { ...TRAINING, classes };
  const trained = trainLinear(items, options);
  const trainedOn = {
    corpus: fingerprint([
      intentCorpusDir(modelsRoot),
      conventionCorpusDir(modelsRoot),
      join(modelsRoot, 'safety', 'corpus'),
      join(knowledgeDir, 'facts'),
    ]),
    items: items.length,
    authors: [...new Set(factQuestions(modelsRoot, knowledge, 'train').map((q) => q.author))].sort(),
  };
  const draft = new IntentModel(new LinearModel(modelFile(trained, options, { trainedOn, thresholds: {} })));
  const facts = new FactIndex(knowledge.facts);
  const withCandidates = (items: readonly QuestionItem[]) =>
    items.map((item) => ({
      item,
      candidates: candidatesFor(item.text, draft, knowledge, lexicalHits(facts, item.text)),
    }));
  const thresholds = chooseIntentThresholds([
    withCandidates(withArticleFacts(loadQuestions(intentCorpusDir(modelsRoot), ['dev']), knowledge)),
    withCandidates(
      asFactQuestions(loadConventionQuestions(conventionCorpusDir(modelsRoot), ['dev']), knowledge),
    ),
  ]);
  return modelFile(trained, options, { trainedOn, thresholds: { ...thresholds } });
}
