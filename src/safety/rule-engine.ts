import type { Lang } from '../localized.js';
import { unmask } from '../text/unmask.js';
import { kazakhKey, plainLetters, russianKey } from './fold.js';
import type { DistressReason, RuleFile, RuleSpec } from './rule-schema.js';

/** How each language's rules and messages fold a word, so that every spelling of it meets the rule. */
const KEYS: Readonly<Record<Lang, (word: string) => string>> = {
  en: (word) => word,
  ru: russianKey,
  kk: kazakhKey,
};

interface Slot {
  words: WordSet;
  optional: boolean;
}

interface CompiledRule {
  id: string;
  reason: DistressReason;
  slots: readonly Slot[];
  within: number;
  /** Context words: one near the match keeps the rule silent. */
  unless: WordSet;
}

export interface RuleHit {
  ruleId: string;
  reason: DistressReason;
  language: Lang;
}

/** Stands between two sentences in the words of a message: context is looked for up to it. */
export const SENTENCE_BREAK = '|';

/** The words of a message as the rules read them: hidden spellings undone, accents off, sentences marked. */
export function ruleWords(text: string): string[] {
  return plainLetters(unmask(text))
    .replace(/[.!?\n]+/g, ` ${SENTENCE_BREAK} `)
    .split(/[^\p{L}\d|]+/u)
    .filter((w) => w !== '');
}

/** Folded words and `prefix*` entries: what a slot, a context class or the sensitive list accepts. */
class WordSet {
  readonly exact = new Set<string>();
  readonly prefixes: string[] = [];

  has(word: string): boolean {
    return this.exact.has(word) || this.prefixes.some((p) => word.startsWith(p));
  }
}

/** One language's rules, compiled. A bad pattern or an unknown class stops with the rule's id. */
export class RuleSet {
  readonly language: Lang;
  private readonly key: (word: string) => string;
  private readonly rules: CompiledRule[];
  private readonly sensitive = new WordSet();

  constructor(readonly file: RuleFile) {
    this.language = file.language;
    this.key = KEYS[file.language];
    for (const word of file.sensitive) this.addWord(this.sensitive, word);
    this.rules = file.rules.map((rule) => this.compile(rule));
  }

  /** The first rule that the message's words match, if any. */
  match(words: readonly string[]): RuleHit | undefined {
    const keys = words.map(this.key);
    for (const rule of this.rules) {
      if (matches(rule, keys)) return { ruleId: rule.id, reason: rule.reason, language: this.language };
    }
    return undefined;
  }

  /** Only the named rule (for its examples, which run as tests). */
  matchRule(id: string, words: readonly string[]): boolean {
    const rule = this.rules.find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id} in ${this.language}`);
    return matches(rule, words.map(this.key));
  }

  isSensitive(words: readonly string[]): boolean {
    return words.some((w) => this.sensitive.has(this.key(w)));
  }

  private addWord(set: WordSet, word: string): void {
    const plain = plainLetters(word);
    if (plain.endsWith('*')) set.prefixes.push(this.key(plain.slice(0, -1)));
    else set.exact.add(this.key(plain));
  }

  /** A plain word, a `prefix*`, or a `stem+set`: the stem with each ending of the set (never alone). */
  private addEntry(set: WordSet, entry: string, fail: (why: string) => never): void {
    const inflected = /^([^+]+)\+([\w-]+)$/.exec(entry);
    if (!inflected?.[1] || !inflected[2]) {
      if (entry === '' || /[{}+]/.test(entry)) fail(`cannot read "${entry}"`);
      this.addWord(set, entry);
      return;
    }
    const endings = this.file.endings[inflected[2]] ?? fail(`unknown ending set +${inflected[2]}`);
    for (const ending of endings) this.addWord(set, `${inflected[1]}${ending}`);
  }

  private addClass(set: WordSet, name: string, fail: (why: string) => never): void {
    const words = this.file.classes[name] ?? fail(`unknown class {${name}}`);
    for (const word of words) this.addEntry(set, word, fail);
  }

  private compile(rule: RuleSpec): CompiledRule {
    const fail = (why: string): never => {
      throw new Error(`safety rule ${this.language}/${rule.id}: ${why}`);
    };
    const slots = rule.match
      .trim()
      .split(/\s+/)
      .map((token) => this.compileSlot(token, fail));
    if (slots.every((s) => s.optional)) fail('a pattern needs at least one slot that is not optional');
    const unless = new WordSet();
    for (const name of rule.unless) this.addClass(unless, name, fail);
    return { id: rule.id, reason: rule.reason, slots, within: rule.within, unless };
  }

  private compileSlot(token: string, fail: (why: string) => never): Slot {
    const optional = token.endsWith('?');
    const body = optional ? token.slice(0, -1) : token;
    const set = new WordSet();
    for (const alternative of body.split('|')) {
      const named = /^\{([\w-]+)\}$/.exec(alternative);
      if (named?.[1]) this.addClass(set, named[1], fail);
      else this.addEntry(set, alternative, fail);
    }
    return { words: set, optional };
  }
}

/**
 * Slots in order, each within `within` words of the one before; optional slots may be skipped. A match is
 * given up when a context word stands within CONTEXT_WORDS of it in the same sentence: in a short message
 * that is the whole message, in a long one the sentence around the match (a film named three sentences
 * earlier does not make "my dad hits me" a film).
 */
function matches(rule: CompiledRule, keys: readonly string[]): boolean {
  const isContext = (i: number): boolean => rule.unless.has(keys[i] ?? '');
  const inContext = (first: number, last: number): boolean => {
    for (let i = first - 1; i >= 0 && i >= first - CONTEXT_WORDS && keys[i] !== SENTENCE_BREAK; i--)
      if (isContext(i)) return true;
    for (
      let i = first;
      i < keys.length && i <= last + CONTEXT_WORDS && (i <= last || keys[i] !== SENTENCE_BREAK);
      i++
    )
      if (isContext(i)) return true;
    return false;
  };
  const step = (slot: number, first: number, last: number): boolean => {
    const current = rule.slots[slot];
    if (!current) return first >= 0 && !inContext(first, last);
    if (current.optional && step(slot + 1, first, last)) return true;
    const from = last < 0 ? 0 : last + 1;
    const to = last < 0 ? keys.length - 1 : Math.min(keys.length - 1, last + 1 + rule.within);
    for (let i = from; i <= to; i++) {
      const key = keys[i];
      if (key !== undefined && current.words.has(key) && step(slot + 1, first < 0 ? i : first, i))
        return true;
    }
    return false;
  };
  return step(0, -1, -1);
}

const CONTEXT_WORDS = 10;
