import { z } from 'zod';
import { localizedList, localizedListAll, localizedText, localizedTextAll } from '../localized.js';

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
    /** A heading of the document, in each language a reply may name it in. */
    section: localizedTextAll.optional(),
    /** For a treaty or a law: the article ("109-1" for one a law inserted later), and the paragraph of it where one paragraph says it. */
    article: z.union([z.number().int().positive(), z.string().regex(/^\d+-\d+$/)]).optional(),
    paragraph: z.number().int().positive().optional(),
  })
  .refine((ref) => ref.paragraphs !== undefined || ref.section !== undefined || ref.article !== undefined, {
    message: 'a source reference names the paragraphs, the section or the article it comes from',
  })
  .refine((ref) => ref.paragraph === undefined || ref.article !== undefined, {
    message: 'a paragraph is cited inside an article',
  });

/** A fact as the core holds it. Facts built in code (the synthetic bases in bench/) may be English only. */
const factInMemory = z.object({
  id,
  topic: id,
  featured: z.boolean().default(false),
  answer: localizedText,
  detail: localizedText.optional(),
  figures: z.array(figureSchema),
  year: z.number().int().min(1900).max(2100).optional(),
  source: sourceRefSchema,
  /**
   * The Convention articles a fact from another source is about: the right a national law carries out, or
   * the right a figure measures. A question on those articles is rightly answered by it too.
   */
  convention: z.array(z.number().int().positive()).min(1).optional(),
  /** The answer ends with the helpline line: facts about harm, where the asker may need someone to talk to. */
  helpline: z.boolean().optional(),
  questions: localizedList,
  keywords: localizedList,
});

/** A fact as curators write it: every text, question list and keyword list in every language. */
export const factSchema = factInMemory.extend({
  answer: localizedTextAll,
  detail: localizedTextAll.optional(),
  questions: localizedListAll(5),
  keywords: localizedListAll(1),
});

export const factFileSchema = z.object({ facts: z.array(factSchema).min(1) });

export const sourceSchema = z.object({
  id,
  // Title and publisher appear under every answer, so they are in every language; `about` is for curators.
  title: localizedTextAll,
  kind: z.enum(['article', 'report', 'project-notes', 'treaty', 'law']),
  about: z.string().min(1),
  publisher: localizedTextAll,
  file: z.string().optional(),
  url: z.url().optional(),
  /** A treaty's number of articles: every one must be covered by a fact, and no fact may cite beyond it. */
  articles: z.number().int().positive().optional(),
  checked: z.coerce.string().optional(),
});
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) });

export const helplineSchema = z.object({
  id,
  number: z.string().regex(/^\d{3,}$/),
  name: localizedTextAll,
  purpose: localizedTextAll,
  hours: z.string().min(1),
  cost: localizedTextAll,
  languages: z.array(z.enum(['en', 'ru', 'kk'])).min(1),
  confidential: z.boolean(),
  textRequests: z.boolean(),
  // YAML reads an unquoted date as a Date; keep the ISO day either way.
  confirmedOn: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]),
  source: id,
});
export const helplinesFileSchema = z.object({ helplines: z.array(helplineSchema).min(1) });

export const worldChildrensDaySchema = z.object({
  post: z
    .object({
      title: localizedTextAll,
      intro: localizedTextAll,
      /** The fact that says what the day is. */
      about: id,
      achievementsHeading: localizedTextAll,
      achievements: z.array(id).min(1),
      challengesHeading: localizedTextAll,
      challenges: z.array(id).min(1),
      /** Rights the Convention gives every child, quoted from its facts: the day is the Convention's birthday. */
      conventionHeading: localizedTextAll.optional(),
      convention: z.array(id).min(1).optional(),
      closing: localizedTextAll,
    })
    .refine((post) => (post.conventionHeading === undefined) === (post.convention === undefined), {
      message: 'conventionHeading and convention come together',
    }),
});

export type Figure = z.infer<typeof figureSchema>;
export type Fact = z.infer<typeof factInMemory>;
export type Source = z.infer<typeof sourceSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type WorldChildrensDayPost = z.infer<typeof worldChildrensDaySchema>['post'];

export interface KnowledgeBase {
  facts: Fact[];
  sources: Source[];
  helplines: Helpline[];
  worldChildrensDay: WorldChildrensDayPost;
}
