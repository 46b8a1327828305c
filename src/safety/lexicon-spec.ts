import type { Fold } from './vocabulary.js';

/**
 * The shape of a language's distress lexicon (lexicon-ru.ts, lexicon-kk.ts), read by DistressRules.
 * Words are written as slots: spellings separated by '|', a trailing '*' taking any ending.
 */

export type HarmKind =
  | 'hit'
  | 'hurt'
  | 'abuse'
  | 'touch'
  | 'bully'
  | 'threaten'
  | 'follow'
  | 'kill'
  | 'expel'
  | 'kidnap';

/**
 * Words in order, separated by spaces; each a set of spellings separated by '|'; a trailing '*' takes any
 * ending. Up to `gap` other words may stand between two of them (2 unless given).
 */
export interface PhraseSpec {
  words: string;
  gap?: number;
  /** Only when the speaker appears somewhere in the message ("я", "мне", "мен"...). */
  speaker?: boolean;
  /** Not when the word right after the phrase is one of these ("не хочу жить в общаге"). */
  notNext?: string;
  /** Not when one of these stands within three words of the phrase ("выгнали сына из дома"). */
  notNear?: string;
  /** Not when one of these stands inside the phrase ("боюсь за него" is worry, not fear). */
  notBetween?: string;
  /** Only when every other word of the message is filler: "мне страшно" alone, not "страшно, что не сдам". */
  alone?: boolean;
}

/** Who the harm falls on: a pronoun next to the harm word, or (with `agent`) the speaker's own relative. */
export interface VictimSpec {
  words: string;
  /** Most words between the marker and the harm word. */
  window: number;
  /**
   * "мой отчим бьёт", "әкем ұрады": the speaker's relative doing the harm, with nobody else named as its
   * target. Must stand before the harm word.
   */
  agent?: boolean;
  /** Words right before the marker that make it mean something else ("у нас в стране": our country). */
  takenBy?: string;
}

export interface DistressLexicon {
  fold: Fold;
  loosen?: (key: string) => string;
  /** Whether a long word one typo away from a lexicon word counts (see SlotVocabulary). */
  typos: boolean;
  /** Harm words by kind; each entry is a phrase spec, usually one word slot. */
  harm: Partial<Record<HarmKind, string[]>>;
  victims: VictimSpec[];
  /** Someone else named as the target ("бьёт маму", "анамды ұрады"): the relative is not hurting the speaker. */
  otherVictims: string;
  /** Words that take a pronoun next to them for themselves: "мне интересно", "скажите мне", "маған айтыңыз". */
  takers: string;
  /** Words that start a new clause; harm and pronoun on either side of one are not linked. */
  clauseBreaks: string;
  /** A harm word right after one of these is a topic ("о насилии", "про буллинг"). */
  aboutBefore?: string;
  /** A harm word right before one of these is a topic ("зорлық туралы"). */
  aboutAfter?: string;
  /** Words that deny the harm when they stand just before it ("не бьют", "никто не трогает"). */
  negations?: { words: string; window: number }[];
  /** Everyday companions that give a harm word its ordinary meaning ("бьёт рекорды", "телефон соғады"). */
  everyday: { words: string; kinds?: HarmKind[] }[];
  /** Ordinary words a typo or a vowel away from a harm word ("избирает", "ударение"): never read as one. */
  notHarm?: string;
  selfHarm: PhraseSpec[];
  /** Harm told without a pronoun to link: "я жертва буллинга", "таяқ жедім". */
  harmed: PhraseSpec[];
  danger: PhraseSpec[];
  runningAway: PhraseSpec[];
  /** Words that make a question about violence sensitive although nobody says it happened to them. */
  sensitive: string;
  /** Words that show the speaker is talking about themselves. */
  speaker: string;
  /** Words that add nothing to a short cry for help ("очень", "пожалуйста", "қатты"). */
  filler: string;
}
