/**
 * Maps a query word onto the index vocabulary, forgiving typos. Candidates come from shared letter pairs
 * (cheap, so it stays fast on a vocabulary of tens of thousands), then an edit distance confirms them.
 */
export interface TermMatch {
  term: string;
  /** 1 for the exact word, less for a corrected typo. */
  similarity: number;
}

function bigrams(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a word of this length may carry and still be recognised. */
export type TypoPolicy = (length: number) => number;

/** Short words must be exact (a typo of "hat" is another word); long ones may carry two typos. */
export const searchTypos: TypoPolicy = (length) => {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
};

export class TermMatcher {
  private readonly vocabulary: string[];
  private readonly known: Set<string>;
  private readonly byBigram = new Map<string, number[]>();
  /** Shared-pair counts per vocabulary word, reused by every match (reset through `touched`) to spare a Map. */
  private readonly shared: Uint16Array;
  private readonly touched: number[] = [];

  /**
   * `aliases` are other spellings that stand for an indexed term ("children" for "child"): a typo of an
   * alias must still find the term.
   */
  constructor(
    terms: Iterable<string>,
    private readonly aliases: Readonly<Record<string, string>> = {},
    private readonly allowedTypos: TypoPolicy = searchTypos,
  ) {
    this.known = new Set(terms);
    this.vocabulary = [...new Set([...this.known, ...Object.keys(aliases)])];
    this.shared = new Uint16Array(this.vocabulary.length);
    // Keyed by length too: a typo changes the length by at most the typos allowed, so only a few
    // lengths need looking at, and each list stays short even in a large vocabulary.
    this.vocabulary.forEach((term, index) => {
      for (const gram of new Set(bigrams(term))) {
        const key = `${term.length}:${gram}`;
        const list = this.byBigram.get(key);
        if (list) list.push(index);
        else this.byBigram.set(key, [index]);
      }
    });
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** The exact term, or the closest spellings within the typo allowance (best first, at most `limit`). */
  match(word: string, limit = 2): TermMatch[] {
    if (this.known.has(word)) return [{ term: word, similarity: 1 }];
    const typos = this.allowedTypos(word.length);
    if (typos === 0) return [];
    const grams = [...new Set(bigrams(word))];
    const { shared, touched } = this;
    for (let length = word.length - typos; length <= word.length + typos; length++) {
      for (const gram of grams) {
        const list = this.byBigram.get(`${length}:${gram}`);
        if (!list) continue;
        for (const index of list) {
          if (shared[index] === 0) touched.push(index);
          shared[index] = (shared[index] ?? 0) + 1;
        }
      }
    }
    // Each typo can break at most two letter pairs (a swap, three), so fewer shared pairs rules a word out.
    const minShared = grams.length - 2 * typos - 1;
    const found: TermMatch[] = [];
    for (const index of touched) {
      const count = shared[index] ?? 0;
      shared[index] = 0;
      if (count < minShared) continue;
      const term = this.vocabulary[index];
      if (term === undefined) continue;
      const distance = editDistance(word, term, typos);
      const target = this.aliases[term] ?? term;
      // People seldom mistype a word's first letter: two slips that also change it make another word
      // ("weather" is not a typo of "father").
      if (distance <= typos && this.known.has(target) && (distance < 2 || term[0] === word[0])) {
        found.push({ term: target, similarity: 1 - distance / (word.length + 1) });
      }
    }
    touched.length = 0;
    found.sort((a, b) => b.similarity - a.similarity);
    return found.filter((m, i) => found.findIndex((o) => o.term === m.term) === i).slice(0, limit);
  }
}
