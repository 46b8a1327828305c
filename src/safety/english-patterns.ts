import { isSlipOf } from './english-spelling.js';

/** The English distress patterns (see PATTERN_GROUPS in lexicon.ts): a small matcher over word tokens. */

export type WordTest = (token: string) => boolean;
/** What a `@slot` word stands for: a word class from the lexicon. */
export type SlotResolver = (name: string) => WordTest;

/** One word of a pattern (see PATTERN_GROUPS): its spellings, a gap, a word that must not follow, the end. */
export type Step =
  | { kind: 'gap'; max: number }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'word'; negated: boolean; test: (token: string) => boolean };

function spellingTest(spelling: string, slot: SlotResolver): WordTest {
  if (spelling.startsWith('@')) return slot(spelling.slice(1));
  if (spelling.endsWith('*')) return (t) => t.startsWith(spelling.slice(0, -1));
  // Only long words may carry a slip: "saving" must not read "having".
  if (spelling.length < 7) return (t) => t === spelling;
  return (t) => t === spelling || isSlipOf(t, spelling);
}

/** One word of a pattern: `a|b` spellings, `@slot`, `word*`, `!word` (must not stand here), `~N`, `^`, `$`. */
function compileStep(word: string, slot: SlotResolver): Step {
  if (word === '$') return { kind: 'end' };
  if (word === '^') return { kind: 'start' };
  if (/^~\d+$/.test(word)) return { kind: 'gap', max: Number(word.slice(1)) };
  const negated = word.startsWith('!');
  const tests = (negated ? word.slice(1) : word).split('|').map((spelling) => spellingTest(spelling, slot));
  return { kind: 'word', negated, test: (t) => tests.some((test) => test(t)) };
}

function matchFrom(tokens: string[], steps: Step[], s: number, t: number): boolean {
  const step = steps[s];
  if (!step) return true;
  if (step.kind === 'gap') {
    for (let k = 0; k <= step.max && t + k <= tokens.length; k++) {
      if (matchFrom(tokens, steps, s + 1, t + k)) return true;
    }
    return false;
  }
  if (step.kind === 'end') return t === tokens.length;
  if (step.kind === 'start') return t === 0 && matchFrom(tokens, steps, s + 1, t);
  const token = tokens[t];
  if (step.negated) return !(token !== undefined && step.test(token)) && matchFrom(tokens, steps, s + 1, t);
  return token !== undefined && step.test(token) && matchFrom(tokens, steps, s + 1, t + 1);
}

export interface Pattern {
  steps: Step[];
  /**
   * The spellings of one of its words that must be met exactly: a message with none of them cannot match,
   * so most patterns are ruled out by a set lookup before any step is tried.
   */
  anchor: readonly string[] | undefined;
}

/** A word whose spellings are all plain and short, so only the exact word can stand for it. */
function isExactWord(word: string): boolean {
  if (/^[~^$!]/.test(word)) return false;
  return word.split('|').every((s) => !s.startsWith('@') && !s.endsWith('*') && s.length < 7);
}

export function compilePattern(pattern: string, slot: SlotResolver): Pattern {
  const words = pattern.split(' ');
  const anchor = words.find(isExactWord);
  return { steps: words.map((word) => compileStep(word, slot)), anchor: anchor?.split('|') };
}

/** Whether the pattern matches anywhere in the message; `present` holds the message's words. */
export function matchesPattern(tokens: string[], pattern: Pattern, present: ReadonlySet<string>): boolean {
  if (pattern.anchor && !pattern.anchor.some((word) => present.has(word))) return false;
  for (let start = 0; start < tokens.length; start++) {
    if (matchFrom(tokens, pattern.steps, 0, start)) return true;
  }
  return false;
}
