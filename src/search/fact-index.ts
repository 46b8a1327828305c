import Fuse from 'fuse.js';
import { languageOfText } from '../detect-language.js';
import type { Fact, Figure } from '../knowledge/schema.js';
import { LANGS } from '../localized.js';
import { CANONICAL, contentTerms, type QueryTerm, queryTerms } from '../text/normalize.js';
import { type TermMatch, TermMatcher } from './term-matcher.js';

/** How much a word found in each part of a fact counts: phrasings and keywords are written for search. */
const FIELD_WEIGHT = { question: 1, keyword: 1, answer: 0.6, figure: 0.6 } as const;

/** Words people use to ask for a kind of figure, so "statistics on X" finds the fact with X's percentage. */
const FIGURE_WORDS: Partial<Record<Figure['unit'], string>> = {
  percent: 'statistics stats percent percentage rate share proportion figure',
  count: 'statistics number figure',
  times: 'statistics rate figure',
  year: 'when year date',
};
/** The score weighs how much of the question a fact explains against how alike the phrasings read. */
const COVERAGE_WEIGHT = 0.7;
const PHRASE_WEIGHT = 0.3;
/**
 * Facts re-ranked by Fuse.js: every fact whose coverage is close enough to the best that phrasing could
 * still lift it above (a question of common words, "children in Kazakhstan", ties many facts).
 */
const SHORTLIST = 64;
const MAX_CANDIDATES = 8;
/** Of each candidate, only the phrasings sharing the most (rarity-weighted) words go to Fuse.js. */
const PHRASINGS_PER_FACT = 2;

export interface SearchHit {
  fact: Fact;
  /** Share of the question's meaningful words (weighted by rarity) that this fact explains, 0..1. */
  coverage: number;
  /**
   * The rarity-weighted evidence itself, in units of a word found in a third of all facts: below 1, the
   * question shares only everyday words ("children", "Kazakhstan") with the fact.
   */
  specificity: number;
  /** How closely the question reads like one of the fact's phrasings, 0..1 (from Fuse.js). */
  phraseSimilarity: number;
  /** The confidence the answer decision is made on, 0..1. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Query words the fact base has never seen, even allowing for typos. */
  unknownWords: string[];
}

interface Phrasing {
  fact: number;
  /**
   * The script of its terms: Cyrillic for Russian and Kazakh (Kazakh in Latin letters is indexed in
   * Cyrillic), Latin for English; undefined when it has both or neither.
   */
  script: Script | undefined;
  text: string;
  terms: string[];
  weights?: { of: number[]; total: number };
}

type Script = 'cyrillic' | 'latin';
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

function scriptOf(text: string): Script | undefined {
  const cyrillic = CYRILLIC.test(text);
  if (cyrillic === LATIN.test(text)) return undefined;
  return cyrillic ? 'cyrillic' : 'latin';
}

export class FactIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly idf = new Map<string, number>();
  /** Each fact's phrasings: all of them, and those a question in one script can be compared with. */
  private readonly phrasings: Record<Script | 'any', Phrasing[][]> = { any: [], cyrillic: [], latin: [] };
  private readonly matcher: TermMatcher;
  /** The weight of a word nobody wrote into the fact base: as telling as the rarest known word. */
  private readonly unknownWeight: number;
  private readonly commonWordWeight: number;

  constructor(readonly facts: readonly Fact[]) {
    facts.forEach((fact, index) => {
      const phrasings: Phrasing[] = [];
      for (const lang of LANGS) {
        for (const question of fact.questions[lang] ?? []) {
          const terms = contentTerms(question, lang);
          this.addTerms(index, terms, FIELD_WEIGHT.question);
          phrasings.push(phrasing(index, terms));
        }
        for (const keyword of fact.keywords[lang] ?? [])
          this.addTerms(index, contentTerms(keyword, lang), FIELD_WEIGHT.keyword);
        // The answer's words count as evidence, but it is not compared as a phrasing: a question does not
        // read like a two-sentence answer, and comparing with one costs more than all the phrasings.
        for (const text of [fact.answer[lang], fact.detail?.[lang]]) {
          if (text) this.addTerms(index, contentTerms(text, lang), FIELD_WEIGHT.answer);
        }
      }
      for (const unit of new Set(fact.figures.map((f) => f.unit))) {
        const figureWords = FIGURE_WORDS[unit];
        if (figureWords) this.addTerms(index, contentTerms(figureWords), FIELD_WEIGHT.figure);
      }
      this.phrasings.any.push(phrasings);
      for (const script of ['cyrillic', 'latin'] as const)
        this.phrasings[script].push(phrasings.filter((p) => p.script === undefined || p.script === script));
    });
    const n = facts.length;
    for (const [term, docs] of this.postings) this.idf.set(term, bm25Idf(n, docs.size));
    this.unknownWeight = bm25Idf(n, 1);
    this.commonWordWeight = bm25Idf(n, n / 3);
    this.matcher = new TermMatcher(this.postings.keys(), CANONICAL);
  }

  private addTerms(fact: number, terms: readonly string[], weight: number): void {
    for (const term of terms) {
      let docs = this.postings.get(term);
      if (!docs) {
        docs = new Map();
        this.postings.set(term, docs);
      }
      docs.set(fact, Math.max(docs.get(fact) ?? 0, weight));
    }
  }

  /**
   * The best facts for a question. Below `minCoverage` nothing can be answered, so the (dearer) phrase
   * comparison is skipped and hits are ranked by coverage only.
   */
  search(query: string, limit = 3, minCoverage = 0): SearchResult {
    const terms = dedupe(queryTerms(query, languageOfText(query) ?? 'en'));
    const unknownWords: string[] = [];
    // The query as the fact base spells it (typos corrected), for the phrase comparison.
    const corrected: string[] = [];
    let totalWeight = 0;
    const evidence = new Map<number, number>();
    // Rare words first: a word found in a third of all facts or more only adds to facts a rarer word
    // already found, so a large base never walks the long lists of everyday words for nothing.
    const matched = terms.map(({ term: word, alternative }) => ({
      word,
      matches: this.match(word, alternative),
    }));
    const rarity = ({ matches }: (typeof matched)[number]) =>
      Math.max(0, ...matches.map((m) => this.idf.get(m.term) ?? 0));
    matched.sort((a, b) => rarity(b) - rarity(a));
    for (const { word, matches } of matched) {
      corrected.push(matches[0]?.term ?? word);
      if (matches.length === 0) {
        unknownWords.push(word);
        totalWeight += this.unknownWeight;
        continue;
      }
      // A typo counts with the weight of the word it was taken for, so a misspelling is not "rarer".
      const weight = Math.max(...matches.map((m) => this.idf.get(m.term) ?? 0));
      totalWeight += weight;
      const best = new Map<number, number>();
      const onlyKnownFacts = evidence.size > 0 && weight < this.commonWordWeight;
      for (const { term, similarity } of matches) {
        const idf = this.idf.get(term) ?? 0;
        const postings = this.postings.get(term);
        if (!postings) continue;
        const consider = (fact: number, fieldWeight: number) => {
          const value = idf * fieldWeight * similarity;
          if (value > (best.get(fact) ?? 0)) best.set(fact, value);
        };
        if (onlyKnownFacts) {
          for (const fact of evidence.keys()) {
            const fieldWeight = postings.get(fact);
            if (fieldWeight !== undefined) consider(fact, fieldWeight);
          }
        } else {
          for (const [fact, fieldWeight] of postings) consider(fact, fieldWeight);
        }
      }
      for (const [fact, value] of best) evidence.set(fact, (evidence.get(fact) ?? 0) + value);
    }
    if (evidence.size === 0 || totalWeight === 0) return { hits: [], unknownWords };

    const ranked = [...evidence.entries()].sort((a, b) => b[1] - a[1]);
    const bestCoverage = (ranked[0]?.[1] ?? 0) / totalWeight;
    if (bestCoverage < minCoverage) {
      // Nothing can be answered: rank by coverage alone, for suggestions, and spare the phrase comparison.
      const hits = ranked.slice(0, limit).map(([index, value]) => this.hit(index, value, totalWeight, 0));
      return { hits, unknownWords };
    }
    const reachable = (ranked[0]?.[1] ?? 0) - (PHRASE_WEIGHT / COVERAGE_WEIGHT) * totalWeight;
    // Within reach of the best, a cheap estimate of the final score (coverage, and how much of the fact's
    // closest phrasing the question used) picks which few facts Fuse.js compares.
    const asked = new Set(corrected);
    // A Russian question is compared with Russian and Kazakh phrasings, an English one with English.
    const phrasings = this.phrasings[scriptOf(corrected.join(' ')) ?? 'any'];
    const estimate = ([index, value]: [number, number]) =>
      COVERAGE_WEIGHT * (value / totalWeight) + PHRASE_WEIGHT * this.bestBackward(phrasings[index], asked);
    const candidates = ranked
      .slice(0, SHORTLIST)
      .filter(([, value], i) => i === 0 || value >= reachable)
      .map((entry) => ({ entry, estimate: estimate(entry) }))
      .sort((a, b) => b.estimate - a.estimate)
      .slice(0, MAX_CANDIDATES)
      .map(({ entry }) => entry);
    const similarity = this.phraseSimilarity(
      corrected,
      candidates.map(([fact]) => phrasings[fact] ?? []),
    );
    const hits = candidates.map(([index, value]) =>
      this.hit(index, value, totalWeight, similarity.get(index) ?? 0),
    );
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), unknownWords };
  }

  /**
   * The index terms a query word may stand for, allowing for typos. A Latin word the index does not know in
   * its likelier reading (English, or Kazakh in Latin letters) gets a second try in the other.
   */
  private match(word: string, alternative: string | undefined): TermMatch[] {
    const matches = this.matcher.match(word);
    if (alternative === undefined || matches[0]?.similarity === 1) return matches;
    const other = this.matcher.match(alternative);
    // An exact word in the other reading beats a typo in the likelier one.
    return other[0]?.similarity === 1 || matches.length === 0 ? other : matches;
  }

  /** The rarity-weighted share of a phrasing's own words that the question used. */
  private backward(phrasing: Phrasing, asked: ReadonlySet<string>): number {
    const weights = this.termWeights(phrasing);
    let shared = 0;
    phrasing.terms.forEach((term, i) => {
      if (asked.has(term)) shared += weights.of[i] ?? 0;
    });
    return weights.total > 0 ? shared / weights.total : 0;
  }

  /** A phrasing's term weights, worked out once: the idf cannot change after the index is built. */
  private termWeights(phrasing: Phrasing): { of: number[]; total: number } {
    if (!phrasing.weights) {
      const of = phrasing.terms.map((term) => this.idf.get(term) ?? 0);
      phrasing.weights = { of, total: of.reduce((a, b) => a + b, 0) };
    }
    return phrasing.weights;
  }

  private bestBackward(phrasings: readonly Phrasing[] | undefined, asked: ReadonlySet<string>): number {
    let best = 0;
    for (const p of phrasings ?? []) best = Math.max(best, this.backward(p, asked));
    return best;
  }

  private hit(index: number, value: number, totalWeight: number, phraseSimilarity: number): SearchHit {
    const coverage = Math.min(1, value / totalWeight);
    return {
      fact: this.facts[index] as Fact,
      coverage,
      specificity: value / this.commonWordWeight,
      phraseSimilarity,
      score: COVERAGE_WEIGHT * coverage + PHRASE_WEIGHT * phraseSimilarity,
    };
  }

  /**
   * How closely the question reads like each candidate's phrasings, both ways round. Forward, Fuse.js's
   * token search fuzzy-matches every question word in the phrasing, weighted by rarity; backward, the share
   * of the phrasing's own words the question used, so "... in Kazakhstan are overweight" does not win a
   * question that never mentioned weight.
   */
  private phraseSimilarity(query: string[], candidates: readonly Phrasing[][]): Map<number, number> {
    const asked = new Set(query);
    // A phrasing must share a word with the (spelling-corrected) question to be the closest one, and a
    // telling word when the question has one: sharing "children" alone says little.
    const telling = new Set(query.filter((t) => (this.idf.get(t) ?? 0) >= this.commonWordWeight));
    const mustShare = telling.size > 0 ? telling : asked;
    const entries = candidates.flatMap((phrasings) =>
      phrasings
        .filter((p) => p.terms.some((t) => mustShare.has(t)))
        .map((p) => ({ p, shared: this.backward(p, asked) }))
        .sort((a, b) => b.shared - a.shared)
        .slice(0, PHRASINGS_PER_FACT)
        .map(({ p }) => p),
    );
    const fuse = new Fuse(entries, FUSE_OPTIONS);
    const result = new Map<number, number>();
    for (const { item, score = 1 } of fuse.search(query.join(' '))) {
      const value = (1 - score + this.backward(item, asked)) / 2;
      if (value > (result.get(item.fact) ?? 0)) result.set(item.fact, value);
    }
    return result;
  }
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter(({ term }) => !seen.has(term) && seen.add(term));
}

function phrasing(fact: number, terms: string[]): Phrasing {
  const text = terms.join(' ');
  return { fact, script: scriptOf(text), text, terms };
}

const FUSE_OPTIONS = { keys: ['text'], includeScore: true, useTokenSearch: true, threshold: 0.4 };

function bm25Idf(documents: number, withTerm: number): number {
  return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
}
