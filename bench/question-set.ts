import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import type { langSchema } from '../src/lang.js';
import { projectRoot } from '../src/paths.js';

const expected = z.object({ q: z.string(), fact: z.string() });
const questionSetSchema = z.object({
  answer: z.array(expected),
  unrelated: z.array(z.string()),
  distress: z.array(z.string()),
  about_violence: z.array(expected),
});

export type QuestionSet = z.infer<typeof questionSetSchema>;
export type Lang = z.infer<typeof langSchema>;

/** The accuracy question set kept in tests/questions, one file per language. */
export function loadQuestionSet(lang: Lang): QuestionSet {
  const file = join(projectRoot, 'tests', 'questions', `${lang}.yaml`);
  return questionSetSchema.parse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
}
