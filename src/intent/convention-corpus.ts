import { join } from 'node:path';
import { z } from 'zod';
import { articleFacts, articlesSpokenFor } from '../knowledge/convention.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { type Authored, loadSplits, type Split } from '../learn/corpus-files.js';
import { LANGS } from '../localized.js';
import { FORMS } from '../safety/corpus.js';
import { OUT_OF_SCOPE, type QuestionItem } from './corpus.js';

/**
 * Questions about the Convention on the Rights of the Child (models/intent/convention), written by authors
 * who saw only the list of its articles, never the facts. Each names the articles whose fact would answer
 * it, best first, or none when no article does.
 */
export const CONVENTION_KINDS = ['direct', 'situation', 'keyword', 'number', 'out_of_scope'] as const;

export const conventionItemSchema = z
  .object({
    text: z.string().trim().min(1).max(1000),
    lang: z.enum(LANGS),
    form: z.enum(FORMS),
    articles: z.array(z.number().int().min(1)).max(4),
    kind: z.enum(CONVENTION_KINDS),
  })
  .strict()
  .refine((item) => (item.articles.length === 0) === (item.kind === 'out_of_scope'), {
    message: 'out_of_scope messages name no article, questions name at least one',
  });
export type ConventionItem = Authored<z.infer<typeof conventionItemSchema>>;

export const conventionCorpusDir = (models: string): string => join(models, 'intent', 'convention');

export function loadConventionQuestions(dir: string, splits: readonly Split[]): ConventionItem[] {
  return loadSplits(dir, splits, conventionItemSchema);
}

/**
 * The same questions as fact-matcher items: the first article's own fact is the one to learn; any fact
 * that speaks for one of the articles counts as right.
 */
export function asFactQuestions(items: readonly ConventionItem[], knowledge: KnowledgeBase): QuestionItem[] {
  const speaksFor = articlesSpokenFor(knowledge);
  const own = articleFacts(knowledge);
  const speakersOf = new Map<number, string[]>();
  for (const fact of knowledge.facts)
    for (const n of speaksFor(fact)) speakersOf.set(n, [...(speakersOf.get(n) ?? []), fact.id]);
  const result: QuestionItem[] = [];
  for (const item of items) {
    const base = {
      text: item.text,
      lang: item.lang,
      form: item.form,
      author: item.author,
      split: item.split,
    };
    if (item.kind === 'out_of_scope') {
      result.push({ ...base, intent: OUT_OF_SCOPE, kind: 'near_domain' });
      continue;
    }
    const intent = own.get(item.articles[0] as number)?.id;
    if (intent === undefined) continue;
    const also = knowledge.facts
      .map((f) => f.id)
      .filter((id) => id !== intent && item.articles.some((n) => speakersOf.get(n)?.includes(id)));
    const kind = item.kind === 'situation' ? 'indirect' : item.kind === 'keyword' ? 'keyword' : 'direct';
    result.push({ ...base, intent, kind, ...(also.length > 0 ? { also } : {}) });
  }
  return result;
}

/**
 * Fact-corpus questions with the Convention's own fact of the right their fact is about as a fair answer
 * too ("why can't kids with disabilities study like everyone else?" asked for the figure on disabled
 * children's schooling; Article 23's fact answers it as well). The bench counts these apart.
 */
export function withArticleFacts(items: readonly QuestionItem[], knowledge: KnowledgeBase): QuestionItem[] {
  const own = articleFacts(knowledge);
  const byId = new Map(knowledge.facts.map((f) => [f.id, f]));
  return items.map((item) => {
    const articles = byId.get(item.intent)?.convention ?? [];
    const also = articles.flatMap((n) => own.get(n)?.id ?? []);
    return also.length > 0 ? { ...item, also } : item;
  });
}
