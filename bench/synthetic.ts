import type { Fact, KnowledgeBase } from '../src/knowledge/schema.js';

/** A seeded generator so every run builds the same synthetic fact base. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const SYLLABLES = 'ka ra mi to lu ne sa po ri de va go zu be ti mo ha ye shi nu la ko fe da ru si pa'.split(
  ' ',
);
const COMMON = 'children school health family rights young rate share number years education home'.split(' ');
const FRAMES = ['how many', 'what is the', 'tell me about', 'is there', 'what share of', 'why is'];

export interface SyntheticBase {
  knowledge: KnowledgeBase;
  /** Questions with a typo, each paired with the fact it should find. */
  queries: { q: string; fact: string }[];
}

/**
 * A fact base of `size` facts shaped like the real one: each fact has four words of its own (from a
 * vocabulary of made-up words) mixed with everyday words shared by all facts, six phrasings and keywords.
 */
export function syntheticKnowledge(size: number, base: KnowledgeBase, seed = 7): SyntheticBase {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
  const facts: Fact[] = [];
  const queries: SyntheticBase['queries'] = [];
  for (let i = 0; i < size; i++) {
    const own = Array.from({ length: 4 }, word);
    const questions = FRAMES.map((frame, k) => `${frame} ${own[k % 4]} ${pick(COMMON)} ${own[(k + 1) % 4]}?`);
    const id = `synthetic-${i}`;
    facts.push({
      id,
      topic: 'synthetic',
      featured: i < 5,
      answer: { en: `The ${own[0]} ${pick(COMMON)} of ${own[1]} is about ${own[2]}.` },
      figures: [],
      source: { document: 'unicef-kz-article', paragraphs: [1] },
      questions: { en: questions },
      keywords: { en: [...own, pick(COMMON)] },
    });
    if (i % 20 === 0) {
      const target = own[1] ?? '';
      const typo =
        target.length > 4 ? `${target.slice(0, 2)}${target[3]}${target[2]}${target.slice(4)}` : target;
      queries.push({ q: `what about ${own[0]} and ${typo} for ${pick(COMMON)}`, fact: id });
    }
  }
  return { knowledge: { ...base, facts }, queries };
}
