import type { DistressReason } from './assessment.js';
import type { DistressLexicon, HarmKind, PhraseSpec } from './lexicon-spec.js';
import { SlotVocabulary } from './vocabulary.js';

/**
 * The safety rules for languages with free word order and rich endings (Russian, Kazakh), driven by a
 * lexicon per language. The rule is the English one: harm that falls on the speaker, or the speaker's own
 * wish to die, is a disclosure; the same words about other people, the law or statistics only make the
 * message sensitive.
 */

/** Kinds that make a topic sensitive on their own; touching or following are everyday words too. */
const SENSITIVE_KINDS = new Set<HarmKind>(['hit', 'hurt', 'abuse', 'bully', 'threaten', 'kidnap']);
/** Being told one will be killed, or thrown out of home, is danger more than harm already done. */
const DANGER_KINDS = new Set<HarmKind>(['kill', 'expel']);
/** A relative "following" or "watching" the child is care, not harm: these need the pronoun itself. */
const PRONOUN_ONLY_KINDS = new Set<HarmKind>(['follow']);

interface Phrase {
  slots: number[];
  gap: number;
  speaker: boolean;
  alone: boolean;
  notNext: number | undefined;
  notNear: number | undefined;
  notBetween: number | undefined;
}

interface Span {
  start: number;
  end: number;
}

/** What one language's rules read in a message. */
export interface LanguageReading {
  reason?: DistressReason;
  sensitive: boolean;
}

/** The slots of each word of one message, and which slots occur at all (most phrases can be skipped). */
class Labels {
  readonly present = new Set<number>();

  constructor(readonly perWord: readonly (readonly number[])[]) {
    for (const slots of perWord) for (const slot of slots) this.present.add(slot);
  }

  get length(): number {
    return this.perWord.length;
  }

  has(index: number, slot: number | undefined): boolean {
    return slot !== undefined && this.present.has(slot) && (this.perWord[index]?.includes(slot) ?? false);
  }

  /** Whether the slot occurs in the message between two word positions (inclusive). */
  within(from: number, to: number, slot: number | undefined): boolean {
    if (slot === undefined || !this.present.has(slot)) return false;
    for (let i = Math.max(0, from); i <= to && i < this.perWord.length; i++)
      if (this.has(i, slot)) return true;
    return false;
  }
}

export class DistressRules {
  private readonly vocabulary: SlotVocabulary;
  private readonly harm: { kind: HarmKind; phrase: Phrase }[] = [];
  private readonly victims: { phrase: Phrase; window: number; agent: boolean; takenBy: number | undefined }[];
  private readonly otherVictims: number;
  private readonly takers: number;
  private readonly clauseBreaks: number;
  private readonly aboutBefore: number | undefined;
  private readonly aboutAfter: number | undefined;
  private readonly negations: { slot: number; window: number }[];
  private readonly everyday: { slot: number; kinds: Set<HarmKind> | undefined }[];
  private readonly selfHarm: Phrase[];
  private readonly harmed: Phrase[];
  private readonly danger: Phrase[];
  private readonly runningAway: Phrase[];
  private readonly sensitive: number;
  private readonly speaker: number;
  private readonly filler: number;

  constructor(lexicon: DistressLexicon) {
    const vocabulary = new SlotVocabulary(lexicon.fold, lexicon.loosen, lexicon.typos);
    this.vocabulary = vocabulary;
    const slot = (spec: string) => vocabulary.slot(spec);
    const optional = (spec: string | undefined) => (spec === undefined ? undefined : slot(spec));
    const phrase = (spec: PhraseSpec): Phrase => ({
      slots: spec.words.split(' ').map(slot),
      gap: spec.gap ?? 2,
      speaker: spec.speaker ?? false,
      alone: spec.alone ?? false,
      notNext: optional(spec.notNext),
      notNear: optional(spec.notNear),
      notBetween: optional(spec.notBetween),
    });
    for (const [kind, specs] of Object.entries(lexicon.harm) as [HarmKind, string[]][]) {
      for (const words of specs) this.harm.push({ kind, phrase: phrase({ words, gap: 1 }) });
    }
    this.victims = lexicon.victims.map((v) => ({
      phrase: phrase({ words: v.words, gap: 1 }),
      window: v.window,
      agent: v.agent ?? false,
      takenBy: optional(v.takenBy),
    }));
    this.otherVictims = slot(lexicon.otherVictims);
    this.takers = slot(lexicon.takers);
    this.clauseBreaks = slot(lexicon.clauseBreaks);
    this.aboutBefore = optional(lexicon.aboutBefore);
    this.aboutAfter = optional(lexicon.aboutAfter);
    this.negations = (lexicon.negations ?? []).map((n) => ({ slot: slot(n.words), window: n.window }));
    this.everyday = lexicon.everyday.map((e) => ({
      slot: slot(e.words),
      kinds: e.kinds && new Set(e.kinds),
    }));
    if (lexicon.notHarm) vocabulary.slot(lexicon.notHarm, true);
    this.selfHarm = lexicon.selfHarm.map(phrase);
    this.harmed = lexicon.harmed.map(phrase);
    this.danger = lexicon.danger.map(phrase);
    this.runningAway = lexicon.runningAway.map(phrase);
    this.sensitive = slot(lexicon.sensitive);
    this.speaker = slot(lexicon.speaker);
    this.filler = slot(lexicon.filler);
  }

  read(tokens: readonly string[]): LanguageReading {
    const labels = new Labels(tokens.map((token) => this.vocabulary.slotsOf(token)));
    const harmSpans = this.harm.flatMap(({ kind, phrase }) =>
      this.spans(phrase, labels)
        .filter((span) => !this.isEveryday(span, kind, labels))
        .map((span) => ({ kind, span })),
    );
    const sensitive =
      harmSpans.some(({ kind }) => SENSITIVE_KINDS.has(kind)) || labels.present.has(this.sensitive);
    const found = (phrases: Phrase[]) => phrases.some((p) => this.spans(p, labels).length > 0);

    if (found(this.selfHarm)) return { reason: 'self_harm', sensitive: true };
    if (harmSpans.length > 0) {
      const victims = this.victims.map((victim) => ({ ...victim, spans: this.spans(victim.phrase, labels) }));
      const linked = harmSpans.find(({ kind, span }) => this.fallsOnSpeaker(span, kind, victims, labels));
      if (linked) return { reason: DANGER_KINDS.has(linked.kind) ? 'in_danger' : 'harmed', sensitive: true };
    }
    if (found(this.harmed)) return { reason: 'harmed', sensitive: true };
    if (found(this.danger)) return { reason: 'in_danger', sensitive: true };
    if (found(this.runningAway)) return { reason: 'running_away', sensitive: true };
    return { sensitive };
  }

  /** Every place the phrase occurs and passes its conditions. */
  private spans(phrase: Phrase, labels: Labels): Span[] {
    const found: Span[] = [];
    const first = phrase.slots[0];
    if (first === undefined || !phrase.slots.every((slot) => labels.present.has(slot))) return found;
    for (let start = 0; start < labels.length; start++) {
      if (!labels.has(start, first)) continue;
      const end = this.matchRest(phrase, labels, 1, start);
      if (end !== undefined && this.accepts(phrase, { start, end }, labels)) found.push({ start, end });
    }
    return found;
  }

  /** Where the phrase ends if its slots from `index` on follow the word at `at`; the earliest ending wins. */
  private matchRest(phrase: Phrase, labels: Labels, index: number, at: number): number | undefined {
    const slot = phrase.slots[index];
    if (slot === undefined) return at;
    for (let next = at + 1; next <= at + 1 + phrase.gap && next < labels.length; next++) {
      if (!labels.has(next, slot)) continue;
      const end = this.matchRest(phrase, labels, index + 1, next);
      if (end !== undefined) return end;
    }
    return undefined;
  }

  private accepts(phrase: Phrase, { start, end }: Span, labels: Labels): boolean {
    if (labels.has(end + 1, phrase.notNext)) return false;
    if (labels.within(start - 3, end + 3, phrase.notNear)) return false;
    if (labels.within(start + 1, end - 1, phrase.notBetween)) return false;
    if (phrase.speaker && !labels.present.has(this.speaker)) return false;
    if (phrase.alone) {
      for (let i = 0; i < labels.length; i++) {
        if ((i < start || i > end) && !labels.has(i, this.filler)) return false;
      }
    }
    return true;
  }

  private isEveryday({ start, end }: Span, kind: HarmKind, labels: Labels): boolean {
    return this.everyday.some(
      ({ slot, kinds }) => (!kinds || kinds.has(kind)) && labels.within(start - 2, end + 2, slot),
    );
  }

  /** Harm at `span` that falls on the speaker: a pronoun or the speaker's relative close by, same clause. */
  private fallsOnSpeaker(
    span: Span,
    kind: HarmKind,
    victims: { spans: Span[]; window: number; agent: boolean; takenBy: number | undefined }[],
    labels: Labels,
  ): boolean {
    if (labels.within(span.start - 2, span.start - 1, this.aboutBefore)) return false;
    if (labels.has(span.end + 1, this.aboutAfter)) return false;
    if (this.negations.some(({ slot, window }) => labels.within(span.start - window, span.start - 1, slot))) {
      return false;
    }
    return victims.some((victim) =>
      victim.spans.some((at) => {
        const victimFirst = at.end < span.start;
        const distance = victimFirst ? span.start - at.end : at.start - span.end;
        if (distance < 1 || distance > victim.window) return false;
        const [from, to] = victimFirst ? [at.end, span.start] : [span.end, at.start];
        if (labels.within(from + 1, to - 1, this.clauseBreaks)) return false;
        if (victim.agent) {
          if (!victimFirst || PRONOUN_ONLY_KINDS.has(kind)) return false;
          return !labels.within(span.start - 2, span.end + 2, this.otherVictims);
        }
        if (labels.has(at.start - 1, victim.takenBy)) return false;
        // A taker on the far side of the pronoun, or on its near side when the harm word is not there.
        const beforeIsHarm = at.start - 1 >= span.start && at.start - 1 <= span.end;
        const afterIsHarm = at.end + 1 >= span.start && at.end + 1 <= span.end;
        return !(
          (!beforeIsHarm && labels.has(at.start - 1, this.takers)) ||
          (!afterIsHarm && labels.has(at.end + 1, this.takers))
        );
      }),
    );
  }
}
