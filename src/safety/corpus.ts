import { z } from 'zod';
import { type Authored, loadSplits, type Split } from '../learn/corpus-files.js';
import { LANGS } from '../localized.js';

export type { Split } from '../learn/corpus-files.js';

/** The labelled messages the safety classifier learns from and is measured on (models/safety/corpus). */
export const DISCLOSURE_CATEGORIES = [
  'physical_abuse',
  'sexual_abuse_grooming',
  'online_exploitation',
  'self_harm_suicide',
  'neglect_confinement',
  'bullying_extortion',
  'witnessed_domestic_violence',
  'secret_threats',
  'forced_marriage_labour_trafficking',
  'runaway_homeless',
  'friend_sibling_in_danger',
  'immediate_danger',
  'unspecified_disclosure',
] as const;
export const OTHER_CATEGORIES = [
  'question_about_harm',
  'fiction_game_joke',
  'everyday_worry',
  'ordinary',
] as const;

export const FORMS = ['plain', 'cyrillic', 'translit', 'mixed', 'plain_cyrillic', 'latin'] as const;

export const corpusItemSchema = z
  .object({
    text: z.string().trim().min(1).max(4096),
    lang: z.enum(LANGS),
    form: z.enum(FORMS),
    label: z.enum(['disclosure', 'none']),
    category: z.enum([...DISCLOSURE_CATEGORIES, ...OTHER_CATEGORIES]),
  })
  .strict()
  .refine(
    (item) =>
      (item.label === 'disclosure') === (DISCLOSURE_CATEGORIES as readonly string[]).includes(item.category),
    { message: 'a disclosure needs a disclosure category, and a non-disclosure one of the others' },
  );
export type CorpusItem = Authored<z.infer<typeof corpusItemSchema>>;

export function loadCorpus(dir: string, splits: readonly Split[]): CorpusItem[] {
  return loadSplits(dir, splits, corpusItemSchema);
}

/**
 * The fact matcher's questions are ordinary messages to the safety model (and those about violence at
 * home are questions about harm): they teach it, and measure, what must never raise an alarm.
 */
export function questionsAsSafetyItems(
  questions: readonly Authored<{
    text: string;
    lang: (typeof LANGS)[number];
    form: (typeof FORMS)[number];
    intent: string;
  }>[],
  aboutHarm: ReadonlySet<string>,
): CorpusItem[] {
  return questions.map((q) => ({
    text: q.text,
    lang: q.lang,
    form: q.form,
    label: 'none',
    category: aboutHarm.has(q.intent) ? 'question_about_harm' : 'ordinary',
    author: `questions/${q.author}`,
    split: q.split,
  }));
}
