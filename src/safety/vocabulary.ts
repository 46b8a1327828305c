import { plainLetters } from './fold.js';

export type Fold = (token: string) => string;

/** Loose keys (see russianLooseKey) are compared only from this length on: "бил" and "бел" are one vowel apart. */
const LOOSE_MIN = 4;
/** A word beginning ("избива*") must be this long before its loose form or a typo of it is trusted. */
const LOOSE_PREFIX_MIN = 5;
/** Whole words from this length on may carry one typo; shorter ones are too close to other words. */
const TYPO_MIN = 7;
const PREFIX_TYPO_MIN = 6;

const NONE: readonly number[] = [];

/**
 * Whether `word` is `term` give or take one typo (a letter changed, added, dropped, or two swapped); with
 * `prefix`, whether `word` begins so. Linear: the first difference decides which typo it can be.
 */
export function nearlyEqual(word: string, term: string, prefix: boolean): boolean {
  let i = 0;
  while (i < term.length && word[i] === term[i]) i++;
  if (i === term.length) return prefix || word.length <= term.length + 1;
  const restMatches = (wordFrom: number, termFrom: number) =>
    prefix ? word.startsWith(term.slice(termFrom), wordFrom) : word.slice(wordFrom) === term.slice(termFrom);
  return (
    restMatches(i + 1, i + 1) ||
    restMatches(i + 1, i) ||
    restMatches(i, i + 1) ||
    (word[i] === term[i + 1] && word[i + 1] === term[i] && restMatches(i + 2, i + 2))
  );
}

interface TypoCandidate {
  key: string;
  prefix: boolean;
  slots: number[];
}

class Table {
  readonly exact = new Map<string, number[]>();
  readonly prefix = new Map<string, number[]>();
  prefixLengths: number[] = [];

  add(map: Map<string, number[]>, key: string, slot: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [slot]);
    else if (!list.includes(slot)) list.push(slot);
  }

  addPrefix(key: string, slot: number): void {
    this.add(this.prefix, key, slot);
    if (!this.prefixLengths.includes(key.length)) this.prefixLengths.push(key.length);
  }

  lookup(key: string): number[] {
    const found = [...(this.exact.get(key) ?? NONE)];
    for (const length of this.prefixLengths) {
      if (length > key.length) continue;
      for (const slot of this.prefix.get(key.slice(0, length)) ?? NONE) {
        if (!found.includes(slot)) found.push(slot);
      }
    }
    return found;
  }
}

/**
 * The words a language's rules look for, grouped into numbered slots ("бьет|бьют|избива*": a trailing
 * star takes any ending, which is how Russian and Kazakh inflections are covered without listing them).
 * Each message word is looked up once: its exact and loose keys, else with one typo.
 */
export class SlotVocabulary {
  private readonly strict = new Table();
  private readonly loose = new Table();
  private readonly slotIds = new Map<string, number>();
  private readonly finalSlots = new Set<number>();
  /** Entries long enough to forgive a typo in, by first letter: children rarely mistype the first one. */
  private readonly typoCandidates = new Map<string, TypoCandidate[]>();

  constructor(
    private readonly fold: Fold,
    private readonly loosen: ((key: string) => string) | undefined,
    /** Whether a long word may carry one typo (see TYPO_MIN); a lexicon whose forms differ by one letter says no. */
    private readonly typos: boolean,
  ) {}

  /**
   * Registers a slot and returns its id; the same spelling of a slot always gets the same id. Words of a
   * `final` slot are what they say: no loose spelling or typo of another word is read into them.
   */
  slot(spec: string, final = false): number {
    const known = this.slotIds.get(spec);
    if (known !== undefined) return known;
    const id = this.slotIds.size;
    this.slotIds.set(spec, id);
    if (final) this.finalSlots.add(id);
    for (const entry of spec.split('|')) {
      const isPrefix = entry.endsWith('*');
      const key = this.fold(plainLetters(isPrefix ? entry.slice(0, -1) : entry));
      if (key === '') throw new Error(`empty entry in safety slot "${spec}"`);
      const looseKey = this.loosen?.(key);
      if (key.length >= (isPrefix ? PREFIX_TYPO_MIN : TYPO_MIN)) this.addTypoCandidate(key, isPrefix, id);
      if (isPrefix) {
        this.strict.addPrefix(key, id);
        if (looseKey !== undefined && looseKey.length >= LOOSE_PREFIX_MIN) this.loose.addPrefix(looseKey, id);
      } else {
        this.strict.add(this.strict.exact, key, id);
        if (looseKey !== undefined && key.length >= LOOSE_MIN) this.loose.add(this.loose.exact, looseKey, id);
      }
    }
    return id;
  }

  private addTypoCandidate(key: string, prefix: boolean, slot: number): void {
    const first = key.charAt(0);
    const bucket = this.typoCandidates.get(first) ?? [];
    this.typoCandidates.set(first, bucket);
    const known = bucket.find((c) => c.key === key && c.prefix === prefix);
    if (!known) bucket.push({ key, prefix, slots: [slot] });
    else if (!known.slots.includes(slot)) known.slots.push(slot);
  }

  /** The slots a message word belongs to (usually none). */
  slotsOf(token: string): readonly number[] {
    const key = this.fold(token);
    const found = this.strict.lookup(key);
    const final = found.filter((slot) => this.finalSlots.has(slot));
    if (final.length > 0) return final;
    // Loose spellings add to exact ones: "умерет" is a beginning of "умер*" and a slip for "умереть".
    if (this.loosen && key.length >= LOOSE_MIN) {
      for (const slot of this.loose.lookup(this.loosen(key))) if (!found.includes(slot)) found.push(slot);
    }
    if (found.length > 0) return found;
    return this.typos && key.length >= PREFIX_TYPO_MIN - 1 ? this.withTypo(key) : NONE;
  }

  private withTypo(key: string): number[] {
    const found: number[] = [];
    for (const candidate of this.typoCandidates.get(key.charAt(0)) ?? []) {
      if (!candidate.prefix && key.length < TYPO_MIN) continue;
      if (!nearlyEqual(key, candidate.key, candidate.prefix)) continue;
      for (const slot of candidate.slots) if (!found.includes(slot)) found.push(slot);
    }
    return found;
  }
}
