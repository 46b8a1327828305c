import { LANGS } from '../lang.js';
import { normalize } from '../text/normalize.js';
import type { Fact, KnowledgeBase } from './schema.js';

/** Every number written with digits in a text: "31.4%", "31,4 %", "15-24" and "1994". */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}

function figureProblems(fact: Fact): string[] {
  const known = new Set(fact.figures.map((f) => f.value));
  const problems: string[] = [];
  for (const lang of LANGS) {
    for (const [field, text] of [
      ['answer', fact.answer[lang]],
      ['detail', fact.detail?.[lang]],
    ] as const) {
      if (text === undefined) continue;
      for (const value of numbersIn(text)) {
        if (!known.has(value))
          problems.push(`fact ${fact.id}: ${field}.${lang} says ${value}, which is not among its figures`);
      }
    }
  }
  return problems;
}

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** Checks that go beyond the schema: references, figures, and questions that would confuse the search. */
export function findProblems(knowledge: KnowledgeBase): string[] {
  const problems: string[] = [];
  const factIds = new Set(knowledge.facts.map((f) => f.id));
  const sourceIds = new Set(knowledge.sources.map((s) => s.id));

  for (const [id] of duplicates(knowledge.facts, (f) => f.id))
    problems.push(`fact id ${id} is used more than once`);
  for (const [id] of duplicates(knowledge.helplines, (h) => h.id))
    problems.push(`helpline id ${id} is used more than once`);
  for (const fact of knowledge.facts) {
    if (!sourceIds.has(fact.source.document)) {
      problems.push(`fact ${fact.id}: source ${fact.source.document} is not in sources.yaml`);
    }
    problems.push(...figureProblems(fact));
  }
  for (const helpline of knowledge.helplines) {
    if (!sourceIds.has(helpline.source))
      problems.push(`helpline ${helpline.id}: source ${helpline.source} is not in sources.yaml`);
  }

  const phrasings = knowledge.facts.flatMap((fact) =>
    LANGS.flatMap((lang) => (fact.questions[lang] ?? []).map((question) => ({ fact: fact.id, question }))),
  );
  for (const group of duplicates(phrasings, (p) => normalize(p.question)).values()) {
    const owners = [...new Set(group.map((p) => p.fact))];
    if (owners.length > 1)
      problems.push(`question "${group[0]?.question}" is shared by facts ${owners.join(', ')}`);
  }

  const post = knowledge.worldChildrensDay;
  for (const id of [post.about, ...post.achievements, ...post.challenges]) {
    if (!factIds.has(id)) problems.push(`world-childrens-day.yaml names fact ${id}, which does not exist`);
  }
  return problems;
}
