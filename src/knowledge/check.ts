import { LANGS, type LocalizedList, type LocalizedText } from '../localized.js';
import { normalize } from '../text/normalize.js';
import { articleNumbersIn, withoutArticleReferences } from './article-references.js';
import { conventionOf } from './convention.js';
import { placeholderProblems } from './placeholders.js';
import type { Fact, KnowledgeBase } from './schema.js';

/** Every number written with digits in a text: "31.4%", "31,4 %", "15-24" and "1994". */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}

/** A helpline number is checked once, in helplines.yaml, so a fact may name it without a figure. */
function figureProblems(fact: Fact, helplineNumbers: readonly number[]): string[] {
  const known = new Set([...fact.figures.map((f) => f.value), ...helplineNumbers]);
  const problems: string[] = [];
  for (const lang of LANGS) {
    for (const [field, text] of [
      ['answer', fact.answer[lang]],
      ['detail', fact.detail?.[lang]],
    ] as const) {
      if (text === undefined) continue;
      for (const value of numbersIn(withoutArticleReferences(text))) {
        if (!known.has(value))
          problems.push(`fact ${fact.id}: ${field}.${lang} says ${value}, which is not among its figures`);
      }
    }
  }
  return problems;
}

/**
 * A treaty's facts cite articles it has, and every article has a fact. A law is cited by article and
 * names the date someone checked it. Article numbers written in a text ("see Article 5") must exist too.
 */
function citationProblems(knowledge: KnowledgeBase): string[] {
  const problems: string[] = [];
  const sources = new Map(knowledge.sources.map((s) => [s.id, s]));
  const treaties = knowledge.sources.filter((s) => s.kind === 'treaty');
  const convention = conventionOf(knowledge);
  for (const source of knowledge.sources) {
    if (source.kind === 'treaty' && source.articles === undefined)
      problems.push(`source ${source.id}: a treaty says how many articles it has`);
    if (source.kind === 'law' && (source.checked === undefined || source.url === undefined))
      problems.push(
        `source ${source.id}: a law needs the address it was read at and the date it was checked`,
      );
  }
  const articleCount = convention?.articles ?? 0;
  for (const fact of knowledge.facts) {
    const source = sources.get(fact.source.document);
    const { article } = fact.source;
    if ((source?.kind === 'treaty' || source?.kind === 'law') && article === undefined)
      problems.push(`fact ${fact.id}: cites ${source.id} without an article`);
    if (source?.kind === 'treaty' && article !== undefined && Number(article) > (source.articles ?? 0))
      problems.push(`fact ${fact.id}: ${source.id} has no article ${article}`);
    const linked = fact.convention ?? [];
    if (linked.length > 0 && !convention)
      problems.push(
        `fact ${fact.id}: names a Convention article, but sources.yaml has ${treaties.length} treaties`,
      );
    const written = LANGS.flatMap((lang) =>
      [fact.answer[lang], fact.detail?.[lang]].flatMap((text) => (text ? articleNumbersIn(text) : [])),
    );
    // A law's text cites the law's own articles, which the Convention's numbering says nothing about.
    for (const n of new Set([...linked, ...(source?.kind === 'treaty' ? written : [])])) {
      if (n < 1 || n > articleCount) problems.push(`fact ${fact.id}: the Convention has no article ${n}`);
    }
  }
  for (const treaty of treaties) {
    const covered = new Set(
      knowledge.facts.filter((f) => f.source.document === treaty.id).map((f) => f.source.article),
    );
    const missing = Array.from({ length: treaty.articles ?? 0 }, (_, i) => i + 1).filter(
      (n) => !covered.has(n),
    );
    if (missing.length > 0)
      problems.push(`source ${treaty.id}: no fact covers article(s) ${missing.join(', ')}`);
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

  const helplineNumbers = knowledge.helplines.map((h) => Number(h.number));
  for (const [id] of duplicates(knowledge.facts, (f) => f.id))
    problems.push(`fact id ${id} is used more than once`);
  for (const [id] of duplicates(knowledge.helplines, (h) => h.id))
    problems.push(`helpline id ${id} is used more than once`);
  for (const fact of knowledge.facts) {
    if (!sourceIds.has(fact.source.document)) {
      problems.push(`fact ${fact.id}: source ${fact.source.document} is not in sources.yaml`);
    }
    problems.push(
      ...placeholderProblems(fact),
      ...figureProblems(fact, helplineNumbers),
      ...translationProblems(fact),
    );
  }
  problems.push(...languageProblems(knowledge), ...citationProblems(knowledge));
  for (const fact of knowledge.facts)
    for (const lang of LANGS) {
      const first = fact.questions[lang]?.[0];
      // The first phrasing is what "I don't know" offers as a question to tap.
      if (first !== undefined && !/[?？]$/.test(first))
        problems.push(
          `fact ${fact.id}: questions.${lang} starts with "${first}", which is offered as a question: end it with "?"`,
        );
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
  for (const id of [post.about, ...post.achievements, ...post.challenges, ...(post.convention ?? [])]) {
    if (!factIds.has(id)) problems.push(`world-childrens-day.yaml names fact ${id}, which does not exist`);
  }
  return problems;
}
