import { join } from 'node:path';
import { z } from 'zod';
import { type Authored, loadSplits, type Split } from '../learn/corpus-files.js';
import { LANGS } from '../localized.js';
import { FORMS } from '../safety/corpus.js';

/** The questions the fact matcher learns from and is measured on (models/intent/corpus). */
export const OUT_OF_SCOPE = 'out_of_scope';

export const QUESTION_KINDS = ['direct', 'indirect', 'keyword', 'report'] as const;
export const OUT_OF_SCOPE_KINDS = [
  'other_place',
  'other_attribute',
  'chit_chat',
  'homework',
  'request',
  'insult',
  'near_domain',
] as const;

export const questionItemSchema = z
  .object({
    text: z.string().trim().min(1).max(1000),
    lang: z.enum(LANGS),
    form: z.enum(FORMS),
    /** A fact id, or out_of_scope when no fact answers the message. */
    intent: z.string().regex(/^[a-z0-9-]+$|^out_of_scope$/),
    kind: z.enum([...QUESTION_KINDS, ...OUT_OF_SCOPE_KINDS]),
  })
  .strict()
  .refine(
    (item) =>
      (item.intent === OUT_OF_SCOPE) === (OUT_OF_SCOPE_KINDS as readonly string[]).includes(item.kind),
    { message: 'out_of_scope messages need an out-of-scope kind, fact questions a question kind' },
  );
/** `also`: other facts that answer the question as well (a Convention question another article's fact fits). */
export type QuestionItem = Authored<z.infer<typeof questionItemSchema>> & { also?: string[] };

export const intentCorpusDir = (models: string): string => join(models, 'intent', 'corpus');

export function loadQuestions(dir: string, splits: readonly Split[]): QuestionItem[] {
  return loadSplits(dir, splits, questionItemSchema);
}
