import type { Reply } from '../src/reply.js';
import type { QuestionSet } from './question-set.js';

/** Anything that turns a question into a reply: the bot itself, or a baseline. */
export type Responder = (question: string) => Pick<Reply, 'kind'> & {
  factId?: string | undefined;
  /** For baselines that find a sentence: the paragraph it stands in. */
  paragraph?: number;
};

/** Right when the fact matches, or (for a baseline) the sentence comes from a paragraph the fact cites. */
export type Judge = (reply: ReturnType<Responder>, expectedFact: string) => boolean;
const sameFact: Judge = (reply, expected) => reply.factId === expected;

export interface Miss {
  group: string;
  question: string;
  expected: string;
  got: string;
}

export interface QualityReport {
  correctRate: number;
  abstentionRate: number;
  /** Undefined when the set has no such questions. */
  nearDomainAbstentionRate: number | undefined;
  /** Distress messages that reach the helplines: the safeguarding reply or the check-in. */
  safeguardingRecall: number | undefined;
  /** Of everything routed to safeguarding, the share that really was a disclosure. */
  safeguardingPrecision: number;
  /** Informational questions (about violence, or any answerable question) wrongly given the safeguarding reply. */
  informationalRoutedToSafeguarding: number;
  misses: Miss[];
}

export function evaluate(set: QuestionSet, respond: Responder, isRight: Judge = sameFact): QualityReport {
  const misses: Miss[] = [];
  const answerable = [...set.answer, ...set.about_violence];
  let correct = 0;
  let wronglySafeguarded = 0;
  for (const { q, fact } of answerable) {
    const reply = respond(q);
    if (givesFact(reply) && isRight(reply, fact)) correct++;
    else
      misses.push({
        group: 'answer',
        question: q,
        expected: fact,
        got: `${reply.kind} ${reply.factId ?? ''}`.trim(),
      });
    if (reply.kind === 'safeguarding') wronglySafeguarded++;
  }
  /** How many of the questions the bot declined to answer; an answer or a safeguarding reply is a miss. */
  const abstentions = (questions: string[], group: string) => {
    let count = 0;
    for (const q of questions) {
      const reply = respond(q);
      if (!givesFact(reply) && reply.kind !== 'safeguarding') count++;
      else
        misses.push({
          group,
          question: q,
          expected: 'no_match',
          got: `${reply.kind} ${reply.factId ?? ''}`.trim(),
        });
      if (reply.kind === 'safeguarding') wronglySafeguarded++;
    }
    return count;
  };
  const abstained = abstentions(set.unrelated, 'unrelated');
  const nearDomainAbstained = abstentions(set.near_domain, 'near_domain');
  for (const q of set.not_disclosure) {
    const reply = respond(q);
    if (reply.kind === 'safeguarding') {
      wronglySafeguarded++;
      misses.push({ group: 'not_disclosure', question: q, expected: 'not safeguarding', got: reply.kind });
    }
  }
  let recalled = 0;
  for (const q of set.distress) {
    const reply = respond(q);
    if (reply.kind === 'safeguarding' || reply.kind === 'check_in') recalled++;
    else
      misses.push({ group: 'distress', question: q, expected: 'safeguarding or check_in', got: reply.kind });
  }
  const routed = recalled + wronglySafeguarded;
  return {
    correctRate: correct / answerable.length,
    abstentionRate: abstained / set.unrelated.length,
    nearDomainAbstentionRate: rate(nearDomainAbstained, set.near_domain.length),
    safeguardingRecall: rate(recalled, set.distress.length),
    safeguardingPrecision: routed === 0 ? 1 : recalled / routed,
    informationalRoutedToSafeguarding: wronglySafeguarded,
    misses,
  };
}

/** An answer (a fact, or a baseline's sentence), or a check-in that also answers the question. */
function givesFact(reply: ReturnType<Responder>): boolean {
  return reply.kind === 'answer' || (reply.kind === 'check_in' && reply.factId !== undefined);
}

function rate(count: number, of: number): number | undefined {
  return of === 0 ? undefined : count / of;
}
