import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump as stringify } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { findProblems } from '../../src/knowledge/check.js';
import { readKnowledge } from '../../src/knowledge/load.js';
import { LANGS } from '../../src/localized.js';
import { defaultKnowledgeDir } from '../../src/paths.js';
import { copyOfKnowledge, shippedKnowledge } from '../helpers.js';

/** Every figure the source document states, with what it means: the fact base must carry each one. */
const SOURCE_FIGURES: [number, string][] = [
  [31.4, 'children and adolescents as a share of the population'],
  [1994, 'year the Convention on the Rights of the Child was signed'],
  [25, 'years of progress since then'],
  [30, 'most developed countries Kazakhstan aims to join'],
  [2050, 'year of that goal'],
  [5, 'fivefold fall in infant mortality'],
  [100, 'net enrolment approaching 100%'],
  [15.1, 'average years of schooling'],
  [2016, 'year the Ombudsperson for Children’s Rights was established'],
  [20, 'percent of children aged 6-9 overweight or obese'],
  [40, 'percent of children facing physical violence at home'],
  [6.6, 'percent of children aged 36-59 months with fathers doing 4+ learning activities'],
  [36, 'lower age in months'],
  [59, 'upper age in months'],
  [9.5, 'NEET rate'],
  [15, 'NEET lower age'],
  [24, 'NEET upper age'],
];

const copies: string[] = [];
function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const text = (en: string, ru: string, kk: string) => ({ en, ru, kk });
const questions = (lang: string, count = 5) =>
  Array.from({ length: count }, (_, i) => `${lang} question ${i}?`);

/** The files of a fact base with one fact, one source and one helpline, complete in every language. */
function smallBase() {
  return {
    fact: {
      id: 'children-share',
      topic: 'population',
      answer: text(
        'Children are 31.4% of the people.',
        'Дети — это 31,4% жителей.',
        'Балалар — халықтың 31,4%-ы.',
      ),
      detail: text('Call 150 to talk.', 'Звони 150, чтобы поговорить.', 'Сөйлесу үшін 150-ге қоңырау шал.'),
      figures: [
        { value: 31.4, unit: 'percent', measures: 'share of children' },
        { value: 150, unit: 'phone', measures: 'helpline' },
      ],
      source: { document: 'article', paragraphs: [1] },
      questions: { en: questions('en'), ru: questions('ru'), kk: questions('kk') },
      keywords: { en: ['population'], ru: ['население'], kk: ['халық'] },
    } as Record<string, unknown> & { answer: Record<string, string>; detail: Record<string, string> },
    source: {
      id: 'article',
      title: text('An article', 'Статья', 'Мақала'),
      kind: 'article',
      about: 'A test article.',
      publisher: text('Tests', 'Тесты', 'Тесттер'),
    } as Record<string, unknown>,
    helpline: {
      id: 'helpline',
      number: '150',
      name: text('Helpline', 'Телефон доверия', 'Сенім телефоны'),
      purpose: text('Talk to someone.', 'Поговори с кем-нибудь.', 'Біреумен сөйлес.'),
      hours: '24/7',
      cost: text('Free', 'Бесплатно', 'Тегін'),
      languages: ['kk', 'ru'],
      confidential: true,
      textRequests: false,
      confirmedOn: '2026-11-01',
      source: 'article',
    } as Record<string, unknown>,
    post: {
      title: text('Happy day!', 'С праздником!', 'Мерекең құтты болсын!'),
      intro: text('Today.', 'Сегодня.', 'Бүгін.'),
      about: 'children-share',
      achievementsHeading: text('Better', 'Лучше', 'Жақсы'),
      achievements: ['children-share'],
      challengesHeading: text('To change', 'Изменить', 'Өзгерту'),
      challenges: ['children-share'],
      closing: text('Every day.', 'Каждый день.', 'Әр күн.'),
    } as Record<string, unknown>,
  };
}
type SmallBase = ReturnType<typeof smallBase>;

/** Writes the small base, after `change`, to a fresh directory and returns what knowledge:check says. */
function checkSmallBase(change: (base: SmallBase) => void = () => {}): string[] {
  const base = smallBase();
  change(base);
  const dir = mkdtempSync(join(tmpdir(), 'bala-small-knowledge-'));
  copies.push(dir);
  mkdirSync(join(dir, 'facts'));
  writeFileSync(join(dir, 'facts', 'population.yaml'), stringify({ facts: [base.fact] }));
  writeFileSync(join(dir, 'sources.yaml'), stringify({ sources: [base.source] }));
  writeFileSync(join(dir, 'helplines.yaml'), stringify({ helplines: [base.helpline] }));
  writeFileSync(join(dir, 'world-childrens-day.yaml'), stringify({ post: base.post }));
  return readKnowledge(dir).problems;
}

describe('the shipped fact base', () => {
  const knowledge = shippedKnowledge();

  it('passes every check', () => {
    expect(readKnowledge(defaultKnowledgeDir).problems).toEqual([]);
  });

  it.each(SOURCE_FIGURES)('carries the figure %s (%s)', (value) => {
    expect(knowledge.facts.some((f) => f.figures.some((fig) => fig.value === value))).toBe(true);
  });

  it('gives every fact a source, and five or more questions and keywords in every language', () => {
    for (const fact of knowledge.facts) {
      for (const lang of LANGS) {
        expect(fact.answer[lang], `${fact.id} ${lang}`).toMatch(/\S/);
        expect(fact.questions[lang]?.length, `${fact.id} ${lang}`).toBeGreaterThanOrEqual(5);
        expect(fact.keywords[lang]?.length, `${fact.id} ${lang}`).toBeGreaterThan(0);
      }
      expect(fact.source.document, fact.id).toMatch(/\w/);
    }
  });

  it('writes decimals with a comma in Russian and Kazakh', () => {
    const texts = knowledge.facts.flatMap((f) => [f.answer.ru, f.answer.kk, f.detail?.ru, f.detail?.kk]);
    expect(texts.filter((t) => t !== undefined && /\d\.\d/.test(t))).toEqual([]);
    expect(texts.filter((t) => t !== undefined && /\d,\d/.test(t)).length).toBeGreaterThan(0);
  });

  it('asks every Kazakh question set also without Kazakh letters, and some in Latin script', () => {
    const cyrillic = /[а-яё]/i;
    const kazakhLetters = /[әғқңөұүһі]/i;
    const kazakhLatin = /[áǵıńóúý]|\bq/i;
    for (const fact of knowledge.facts) {
      const plain = (fact.questions.kk ?? []).filter((q) => cyrillic.test(q) && !kazakhLetters.test(q));
      expect(plain, fact.id).not.toEqual([]);
    }
    const latin = knowledge.facts.filter((f) =>
      (f.questions.kk ?? []).some((q) => !cyrillic.test(q) && kazakhLatin.test(q)),
    );
    expect(latin.length).toBeGreaterThanOrEqual(Math.ceil(knowledge.facts.length / 3));
  });

  it('dates every helpline check', () => {
    expect(knowledge.helplines.map((h) => h.number)).toEqual(['150', '111', '112']);
    for (const h of knowledge.helplines) expect(h.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('knowledge:check finds', () => {
  it('an invalid schema', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/health.yaml', (t) => t.replace('topic: health', 'topic: 42 Health!'));
    expect(readKnowledge(dir).problems.join('\n')).toMatch(/health\.yaml: facts\.0\.topic/);
  });

  it('a duplicate id', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/health.yaml', (t) =>
      t.replace('id: overweight-children', 'id: infant-mortality-fivefold'),
    );
    expect(readKnowledge(dir).problems).toContain('fact id infant-mortality-fivefold is used more than once');
  });

  it('a fact without a known source', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('document: unicef-kz-article, paragraphs: [15]', 'document: nowhere, paragraphs: [15]'),
    );
    expect(readKnowledge(dir).problems).toContain('fact left-behind: source nowhere is not in sources.yaml');
  });

  it('a fact with no source at all', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('    source: { document: unicef-kz-article, paragraphs: [15] }\n', ''),
    );
    expect(readKnowledge(dir).problems.join('\n')).toMatch(/youth\.yaml: facts\.1\.source/);
  });

  it('a number in an answer that is not among its figures', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/youth.yaml', (t) => t.replace('9.5% of young people', '9.7% of young people'));
    expect(readKnowledge(dir).problems).toContain(
      'fact neet-rate: answer.en says 9.7, which is not among its figures',
    );
  });

  it('a question phrasing shared by two facts', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('What is the NEET rate in Kazakhstan?', 'How many children live in Kazakhstan?'),
    );
    expect(readKnowledge(dir).problems.join('\n')).toMatch(
      /question "How many children live in Kazakhstan\?" is shared by facts (children-share-of-population, neet-rate|neet-rate, children-share-of-population)/,
    );
  });

  it('a World Children’s Day post that names a missing fact', () => {
    const dir = copyOfKnowledge(copies);
    edit(dir, 'world-childrens-day.yaml', (t) => t.replace('neet-rate', 'no-such-fact'));
    expect(readKnowledge(dir).problems).toContain(
      'world-childrens-day.yaml names fact no-such-fact, which does not exist',
    );
  });
});

describe('knowledge:check on a small fact base', () => {
  it('passes when every text is there in every language with the same figures', () => {
    expect(checkSmallBase()).toEqual([]);
  });

  it('finds a first phrasing that is not a question, since "I don\'t know" offers it to tap', () => {
    const problems = checkSmallBase((b) => {
      b.fact.questions = {
        en: questions('en'),
        ru: ['население детей', ...questions('ru')],
        kk: questions('kk'),
      };
    });
    expect(problems).toEqual([
      'fact children-share: questions.ru starts with "население детей", which is offered as a question: end it with "?"',
    ]);
  });

  it('finds a fact without its Kazakh answer', () => {
    const problems = checkSmallBase((b) => {
      delete b.fact.answer.kk;
    });
    expect(problems.join('\n')).toMatch(/population\.yaml: facts\.0\.answer\.kk: /);
  });

  it('finds a fact with no Russian questions, or too few Kazakh ones', () => {
    const problems = checkSmallBase((b) => {
      b.fact.questions = { en: questions('en'), kk: questions('kk', 4) };
    });
    expect(problems.join('\n')).toMatch(/facts\.0\.questions\.ru: /);
    expect(problems.join('\n')).toMatch(/facts\.0\.questions\.kk: /);
  });

  it('finds a helpline, a source and a World Children’s Day text missing a language', () => {
    const problems = checkSmallBase((b) => {
      b.helpline.cost = { en: 'Free', ru: 'Бесплатно' };
      b.source.title = { en: 'An article', kk: 'Мақала' };
      b.post.closing = { en: 'Every day.', ru: 'Каждый день.' };
    }).join('\n');
    expect(problems).toMatch(/helplines\.yaml: helplines\.0\.cost\.kk: /);
    expect(problems).toMatch(/sources\.yaml: sources\.0\.title\.ru: /);
    expect(problems).toMatch(/world-childrens-day\.yaml: post\.closing\.kk: /);
  });

  it('finds a Russian answer that changes a figure (31,5 for 31,4)', () => {
    const problems = checkSmallBase((b) => {
      b.fact.answer.ru = 'Дети — это 31,5% жителей.';
    });
    expect(problems).toEqual([
      'fact children-share: answer.ru says 31.5, which is not among its figures',
      'fact children-share: answer.ru has the numbers [31.5] but answer.en has [31.4]',
    ]);
  });

  it('finds a Kazakh answer that drops a figure', () => {
    const problems = checkSmallBase((b) => {
      b.fact.answer.kk = 'Балалар — халықтың үштен бірі.';
    });
    expect(problems).toEqual(['fact children-share: answer.kk has the numbers [] but answer.en has [31.4]']);
  });

  it('finds a translated detail that swaps one of its figures for another', () => {
    const problems = checkSmallBase((b) => {
      b.fact.detail.ru = 'Звони 31,4, чтобы поговорить.';
    });
    expect(problems).toEqual([
      'fact children-share: detail.ru has the numbers [31.4] but detail.en has [150]',
    ]);
  });

  it('counts each figure: saying one twice is not the same as saying it once', () => {
    const problems = checkSmallBase((b) => {
      b.fact.answer.kk = 'Балалар — халықтың 31,4%-ы, иә, 31,4%-ы.';
    });
    expect(problems).toEqual([
      'fact children-share: answer.kk has the numbers [31.4, 31.4] but answer.en has [31.4]',
    ]);
  });

  it('lets a translation give the same figures in another order', () => {
    const problems = checkSmallBase((b) => {
      b.fact.answer = text(
        'Children are 31.4% of the people; call 150.',
        'Дети — это 31,4% жителей; звони 150.',
        '150-ге қоңырау шал: балалар — халықтың 31,4%-ы.',
      );
    });
    expect(problems).toEqual([]);
  });

  it('finds a missing language in a fact base put together in code', () => {
    const dir = copyOfKnowledge(copies);
    const knowledge = readKnowledge(dir).knowledge;
    if (!knowledge) throw new Error('the shipped fact base should load');
    const [first, ...rest] = knowledge.facts;
    if (!first) throw new Error('the shipped fact base has facts');
    const englishOnly = {
      ...first,
      answer: { en: first.answer.en },
      keywords: { ...first.keywords, kk: [] },
    };
    expect(findProblems({ ...knowledge, facts: [englishOnly, ...rest] })).toEqual([
      `fact ${first.id}: answer.ru is missing`,
      `fact ${first.id}: answer.kk is missing`,
      `fact ${first.id}: keywords.kk is missing`,
    ]);
  });
});
