import { z } from 'zod';
import { localizedList, localizedText } from '../lang.js';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const figureSchema = z.object({
  value: z.number(),
  unit: z.enum(['percent', 'year', 'years', 'count', 'times', 'age', 'months', 'day', 'phone']),
  measures: z.string().min(1),
});

export const sourceRefSchema = z
  .object({
    document: id,
    paragraphs: z.array(z.number().int().positive()).min(1).optional(),
    section: z.string().min(1).optional(),
  })
  .refine((ref) => ref.paragraphs !== undefined || ref.section !== undefined, {
    message: 'a source reference names the paragraphs or the section it comes from',
  });

export const factSchema = z.object({
  id,
  topic: id,
  featured: z.boolean().default(false),
  answer: localizedText,
  detail: localizedText.optional(),
  figures: z.array(figureSchema),
  year: z.number().int().min(1900).max(2100).optional(),
  source: sourceRefSchema,
  questions: localizedList.refine((q) => q.en.length >= 5, 'every fact needs 5 or more English questions'),
  keywords: localizedList,
});

export const factFileSchema = z.object({ facts: z.array(factSchema).min(1) });

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  kind: z.enum(['article', 'report', 'project-notes']),
  about: z.string().min(1),
  publisher: z.string().min(1),
  file: z.string().optional(),
  checked: z.coerce.string().optional(),
});
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) });

export const helplineSchema = z.object({
  id,
  number: z.string().regex(/^\d{3,}$/),
  name: localizedText,
  purpose: localizedText,
  hours: z.string().min(1),
  cost: localizedText,
  languages: z.array(z.enum(['en', 'ru', 'kk'])).min(1),
  confidential: z.boolean(),
  textRequests: z.boolean(),
  // YAML reads an unquoted date as a Date; keep the ISO day either way.
  confirmedOn: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]),
  source: id,
});
export const helplinesFileSchema = z.object({ helplines: z.array(helplineSchema).min(1) });

export const worldChildrensDaySchema = z.object({
  post: z.object({
    title: localizedText,
    intro: localizedText,
    /** The fact that says what the day is. */
    about: id,
    achievementsHeading: localizedText,
    achievements: z.array(id).min(1),
    challengesHeading: localizedText,
    challenges: z.array(id).min(1),
    closing: localizedText,
  }),
});

export type Figure = z.infer<typeof figureSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type WorldChildrensDayPost = z.infer<typeof worldChildrensDaySchema>['post'];

export interface KnowledgeBase {
  facts: Fact[];
  sources: Source[];
  helplines: Helpline[];
  worldChildrensDay: WorldChildrensDayPost;
}
