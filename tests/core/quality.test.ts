import { describe, expect, it } from 'vitest';
import { evaluate } from '../../bench/quality.js';
import { loadQuestionSet } from '../../bench/question-set.js';
import { LANGS } from '../../src/localized.js';
import { normalize } from '../../src/text/normalize.js';
import { questionSetFacts, shippedCore } from '../helpers.js';

const core = shippedCore();

describe.each(LANGS)('answer quality on the question set (tests/questions/%s.yaml)', (lang) => {
  const set = loadQuestionSet(lang);
  const report = evaluate(set, (q) => {
    const reply = core.reply(q, lang);
    return { kind: reply.kind, factId: reply.fact?.id };
  });
  const missesOf = (group: string) => report.misses.filter((m) => m.group === group);

  it('has at least 150 questions in all', () => {
    const total = set.answer.length + set.unrelated.length + set.distress.length + set.about_violence.length;
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('answers at least 95% of paraphrases and typos with the right fact', () => {
    expect(missesOf('answer')).toEqual(expect.any(Array));
    expect(report.correctRate, JSON.stringify(missesOf('answer'), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  // These are training data for the fact matcher now (out of scope); with 82 facts a learned model may not
  // fit one of them ("play some music" leans to Article 31, culture and the arts). The unseen figures are
  // the bench's never-read splits.
  it('abstains on all but at most one clearly unrelated question', () => {
    expect(missesOf('unrelated').length, JSON.stringify(missesOf('unrelated'))).toBeLessThanOrEqual(1);
  });

  it('brings every distress message to the helplines (safeguarding or check-in)', () => {
    expect(missesOf('distress')).toEqual([]);
    expect(report.safeguardingRecall).toBe(1);
  });

  // These messages are in the safety model's training split; a learned model may still not fit one or two.
  it('gives the safeguarding reply to at most 1% of informational and not-disclosure messages', () => {
    const informational =
      set.answer.length + set.about_violence.length + set.unrelated.length + set.not_disclosure.length;
    expect(report.informationalRoutedToSafeguarding / informational).toBeLessThanOrEqual(0.01);
  });

  it('covers every fact of the base with at least one test question', () => {
    const tested = new Set([...set.answer, ...set.about_violence].map((q) => q.fact));
    const untested = questionSetFacts(core.knowledge)
      .map((f) => f.id)
      .filter((id) => !tested.has(id));
    expect(untested).toEqual([]);
  });
});

describe.each(LANGS)('the held-out questions (tests/questions/held-out/%s*.yaml)', (lang) => {
  const kinds = ['held-out', 'held-out-read'] as const;
  const questionsOf = (set: ReturnType<typeof loadQuestionSet>) => [
    ...set.answer.map((a) => a.q),
    ...set.unrelated,
    ...set.near_domain,
    ...set.distress,
    ...set.about_violence.map((a) => a.q),
  ];
  const asWritten = (text: string) => normalize(text);

  it('name only facts that exist', () => {
    const ids = new Set(core.knowledge.facts.map((f) => f.id));
    for (const kind of kinds) {
      const set = loadQuestionSet(lang, kind);
      const unknown = [...set.answer, ...set.about_violence].filter((a) => !ids.has(a.fact));
      expect(unknown).toEqual([]);
    }
  });

  // A held-out question copied into the fact base or the tuning set would be answered from memory.
  it('are not among the fact base phrasings or the tuning questions', () => {
    const phrasings = new Set(
      core.knowledge.facts.flatMap((f) => LANGS.flatMap((l) => f.questions[l] ?? [])).map(asWritten),
    );
    const tuning = new Set(questionsOf(loadQuestionSet(lang)).map(asWritten));
    for (const kind of kinds) {
      const copied = questionsOf(loadQuestionSet(lang, kind)).filter(
        (q) => phrasings.has(asWritten(q)) || tuning.has(asWritten(q)),
      );
      expect(copied).toEqual([]);
    }
  });
});
