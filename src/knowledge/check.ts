import { LANGS, type LocalizedList, type LocalizedText } from '../localized.js';
import { normalize } from '../text/normalize.js';
import { placeholderProblems } from './placeholders.js';
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

function sameNumbers(a: number[], b: number[]): boolean {
  const sorted = (list: number[]) => [...list].sort((x, y) => x - y).join(' ');
  return sorted(a) === sorted(b);
}

/** A translation says the same figures as the English text, each as often: none lost, changed or added. */
function translationProblems(fact: Fact): string[] {
  const problems: string[] = [];
  for (const [field, text] of [
    ['answer', fact.answer],
    ['detail', fact.detail],
  ] as const) {
    if (text === undefined) continue;
    const english = numbersIn(text.en);
    for (const lang of LANGS) {
      const translated = text[lang];
      if (translated === undefined) continue;
      const numbers = numbersIn(translated);
      if (sameNumbers(numbers, english)) continue;
      problems.push(
        `fact ${fact.id}: ${field}.${lang} has the numbers [${numbers.join(', ')}] but ${field}.en has [${english.join(', ')}]`,
      );
    }
  }
  return problems;
}

/** The files' schema asks for every language; this catches fact bases put together in code as well. */
function missingLanguages(owner: string, fields: [string, LocalizedText | LocalizedList | undefined][]) {
  const problems: string[] = [];
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    for (const lang of LANGS) {
      const item = value[lang];
      if (item === undefined || item.length === 0) problems.push(`${owner}: ${field}.${lang} is missing`);
    }
  }
  return problems;
}

function languageProblems(knowledge: KnowledgeBase): string[] {
  const { facts, sources, helplines, worldChildrensDay: post } = knowledge;
  return [
    ...facts.flatMap((f) =>
      missingLanguages(`fact ${f.id}`, [
        ['answer', f.answer],
        ['detail', f.detail],
        ['questions', f.questions],
        ['keywords', f.keywords],
        ['source.section', f.source.section],
      ]),
    ),
    ...sources.flatMap((s) =>
      missingLanguages(`source ${s.id}`, [
        ['title', s.title],
        ['publisher', s.publisher],
      ]),
    ),
    ...helplines.flatMap((h) =>
      missingLanguages(`helpline ${h.id}`, [
        ['name', h.name],
        ['purpose', h.purpose],
        ['cost', h.cost],
      ]),
    ),
    ...missingLanguages('world-childrens-day.yaml', [
      ['title', post.title],
      ['intro', post.intro],
      ['achievementsHeading', post.achievementsHeading],
      ['challengesHeading', post.challengesHeading],
      ['closing', post.closing],
    ]),
  ];
}

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/**
 * Checks that go beyond the schema: leftover placeholders, references, figures, and questions that would
 * confuse the search.
 */
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
    problems.push(...placeholderProblems(fact), ...figureProblems(fact), ...translationProblems(fact));
  }
  problems.push(...languageProblems(knowledge));
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
