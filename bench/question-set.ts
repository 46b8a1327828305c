import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import type { langSchema } from '../src/localized.js';
import { projectRoot } from '../src/paths.js';

const expected = z.object({ q: z.string(), fact: z.string() });
const questionSetSchema = z.object({
  answer: z.array(expected),
  unrelated: z.array(z.string()),
  /** Questions on children or Kazakhstan that no fact answers: the bot should say it does not know. */
  near_domain: z.array(z.string()).default([]),
  distress: z.array(z.string()).default([]),
  about_violence: z.array(expected).default([]),
  /** Messages with the words of harm that disclose nothing ("this test is killing me"): never safeguarding. */
  not_disclosure: z.array(z.string()).default([]),
});

export type QuestionSet = z.infer<typeof questionSetSchema>;
export type Lang = z.infer<typeof langSchema>;

/**
 * `tuning`: the question set the search was tuned on (tests/questions/<lang>.yaml), which the quality test
 * holds to the targets. `held-out`: questions written by other authors who saw only the list of facts and
 * the source document, and that nobody has read for tuning (tests/questions/held-out/<lang>.yaml), so the
 * benchmark shows how the bot does on questions nobody fitted it to. `held-out-read`: the other half of
 * those authors' questions, read once to find what was missing, kept to show the gap.
 */
export type QuestionSetKind = 'tuning' | 'held-out' | 'held-out-read';

export function loadQuestionSet(lang: Lang, kind: QuestionSetKind = 'tuning'): QuestionSet {
  const file = join(projectRoot, ...questionSetPath(lang, kind));
  return questionSetSchema.parse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
}

export function questionSetPath(lang: Lang, kind: QuestionSetKind): string[] {
  const file = {
    tuning: `${lang}.yaml`,
    'held-out': `held-out/${lang}.yaml`,
    'held-out-read': `held-out/${lang}.read.yaml`,
  };
  return ['tests', 'questions', ...file[kind].split('/')];
}
