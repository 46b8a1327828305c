import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainIntentModel } from '../../scripts/intent-training.js';
import { withArticleFacts } from '../../src/intent/convention-corpus.js';
import { intentCorpusDir, loadQuestions, OUT_OF_SCOPE } from '../../src/intent/corpus.js';
import { SPLITS } from '../../src/learn/corpus-files.js';
import { matchesSaved, savedForm } from '../../src/learn/linear-model.js';
import { LANGS } from '../../src/localized.js';
import { defaultKnowledgeDir, modelsDir } from '../../src/paths.js';
import { copiedFromNeverRead, expectAuthorsApart, shippedCore } from '../helpers.js';

const core = shippedCore();
const dir = intentCorpusDir(modelsDir);

describe('the fact matcher', () => {
  it('matches its data: `npm run train` gives the committed bytes', { timeout: 120_000 }, () => {
    const path = join(modelsDir, 'intent', 'classifier.json');
    expect(matchesSaved(path, savedForm(trainIntentModel(modelsDir, defaultKnowledgeDir)))).toBe(true);
  });

  it('keeps every author in one split, with at least two never-read authors', () => {
    expectAuthorsApart((split) => loadQuestions(dir, [split]).map((q) => q.author));
  });

  it('has no never-read question in the data it learns or is tuned on', () => {
    expect(
      copiedFromNeverRead(loadQuestions(dir, ['train', 'dev']), loadQuestions(dir, ['never-read'])),
    ).toBe(0);
  });

  it('names only facts that exist', () => {
    const ids = new Set(core.knowledge.facts.map((f) => f.id));
    const unknown = loadQuestions(dir, SPLITS).filter((q) => q.intent !== OUT_OF_SCOPE && !ids.has(q.intent));
    expect(unknown.map((q) => q.intent)).toEqual([]);
  });
});

// The dev figures the fusion was tuned on; never-read is only ever printed by `npm run bench`.
describe.each(LANGS)('answers on the dev split (%s)', (lang) => {
  const dev = withArticleFacts(loadQuestions(dir, ['dev']), core.knowledge).filter((q) => q.lang === lang);
  const replies = dev.map((q) => ({ q, reply: core.reply(q.text, lang) }));
  const factQuestions = replies.filter(({ q }) => q.intent !== OUT_OF_SCOPE);
  const outOfScope = replies.filter(({ q }) => q.intent === OUT_OF_SCOPE);
  const gave = (r: (typeof replies)[number]) => r.reply.fact?.id;

  // The Convention's fact of the right a fact is about is a fair answer too; the bench counts it apart.
  it('gives the right fact to at least 90% of fact questions, and an unrelated one to at most 2%', () => {
    const right = factQuestions.filter((r) => gave(r) === r.q.intent).length;
    const fair = (r: (typeof replies)[number]) => gave(r) === r.q.intent || r.q.also?.includes(gave(r) ?? '');
    const wrong = factQuestions.filter((r) => gave(r) !== undefined && !fair(r)).length;
    expect(right / factQuestions.length).toBeGreaterThanOrEqual(0.9);
    expect(wrong / factQuestions.length).toBeLessThanOrEqual(0.02);
  });

  it('gives no fact to at least 95% of out-of-scope messages', () => {
    const answered = outOfScope.filter((r) => gave(r) !== undefined).length;
    expect(1 - answered / outOfScope.length).toBeGreaterThanOrEqual(0.95);
  });
});
