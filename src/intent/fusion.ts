import { conventionOf } from '../knowledge/convention.js';
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import type { FactIndex, SearchHit } from '../search/fact-index.js';
import { entitiesFit } from './entities.js';
import type { IntentModel } from './model.js';

/** The fusion's two settings, chosen on the dev split by `npm run train` and saved with the intent model. */
export interface IntentThresholds {
  /** How much the classifier counts against the lexical index (0..1). */
  weight: number;
  /** The fused score an answer needs. */
  answerAt: number;
}

/** The lexical index's own decision, used alone for facts the model was not trained on. */
export const LEXICAL_THRESHOLDS = { coverage: 0.5, score: 0.45, specificity: 1 } as const;

export function lexicallyConfident(hit: SearchHit): boolean {
  return (
    hit.coverage >= LEXICAL_THRESHOLDS.coverage &&
    hit.score >= LEXICAL_THRESHOLDS.score &&
    hit.specificity >= LEXICAL_THRESHOLDS.specificity
  );
}

/**
 * The lexical index's five best facts for a question, as the answerer weighs them. Below the lexical
 * threshold the index cannot answer alone, so it skips comparing phrasings there.
 */
export function lexicalHits(index: FactIndex, text: string): SearchHit[] {
  return index.search(text, 5, LEXICAL_THRESHOLDS.coverage).hits;
}

/** A probability the classifier is sure at, even of a question made of everyday words. */
const SURE = 0.9;

/** "Children", "Kazakhstan": every word of the question is an everyday word of the fact base. */
function onlyEverydayWords(hit: SearchHit | undefined): boolean {
  return hit !== undefined && hit.coverage >= 0.99 && hit.specificity < 1;
}

export interface FusedAnswer {
  fact: Fact;
  /** The fused score, 0..1. */
  score: number;
}

/** One fact the question may ask for, with what the classifier and the lexical index make of it. */
export interface Candidate {
  fact: Fact;
  /** The classifier's probability, or undefined when the model was not trained on this fact. */
  probability: number | undefined;
  hit: SearchHit | undefined;
  /** A treaty's article holds wherever the asker lives: a place the question names does not rule it out. */
  universal: boolean;
}

/** The facts worth weighing: the classifier's three likeliest and every fact the index found. */
export function candidatesFor(
  text: string,
  model: IntentModel,
  knowledge: KnowledgeBase,
  hits: readonly SearchHit[],
): Candidate[] {
  const ranking = model.rank(text);
  const probability = new Map(ranking.map((s) => [s.id, s.probability]));
  const lexical = new Map(hits.map((h) => [h.fact.id, h]));
  const ids = new Set([...ranking.slice(0, 3).map((s) => s.id), ...lexical.keys()]);
  const convention = conventionOf(knowledge)?.id;
  return knowledge.facts
    .filter((fact) => ids.has(fact.id))
    .map((fact) => ({
      fact,
      probability: model.knows(fact.id) ? (probability.get(fact.id) ?? 0) : undefined,
      hit: lexical.get(fact.id),
      universal: fact.source.document === convention,
    }));
}

/**
 * The answer, if any: each candidate's classifier probability and lexical score weighed together; the
 * best must reach `answerAt`, and the question's places and years must fit the fact. A fact the model
 * was not trained on (an operator's own) is answered by the lexical index alone.
 */
export function decide(
  question: string,
  candidates: readonly Candidate[],
  t: IntentThresholds,
): FusedAnswer | undefined {
  // "Children", "Kazakhstan": when some fact holds every word of the question and none holds a telling one,
  // the question itself is everyday words, whichever fact the classifier leans to.
  const everyday =
    candidates.some((c) => onlyEverydayWords(c.hit)) &&
    !candidates.some((c) => (c.hit?.specificity ?? 0) >= 1);
  let best: (FusedAnswer & { universal: boolean }) | undefined;
  for (const { fact, probability, hit, universal } of candidates) {
    if (everyday && (probability ?? 0) < SURE) continue;
    const score =
      probability !== undefined
        ? t.weight * probability + (1 - t.weight) * (hit?.score ?? 0)
        : hit && lexicallyConfident(hit)
          ? hit.score
          : 0;
    if (!best || score > best.score) best = { fact, score, universal };
  }
  if (!best || best.score < t.answerAt) return undefined;
  return entitiesFit(question, best.fact, { places: !best.universal })
    ? { fact: best.fact, score: best.score }
    : undefined;
}
