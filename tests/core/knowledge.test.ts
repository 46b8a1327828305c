import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/knowledge/load.js';
import { defaultKnowledgeDir } from '../../src/paths.js';
import { shippedKnowledge } from '../helpers.js';

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
function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bala-knowledge-'));
  copies.push(dir);
  cpSync(defaultKnowledgeDir, dir, { recursive: true });
  return dir;
}
function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the shipped fact base', () => {
  const knowledge = shippedKnowledge();

  it('passes every check', () => {
    expect(readKnowledge(defaultKnowledgeDir).problems).toEqual([]);
  });

  it.each(SOURCE_FIGURES)('carries the figure %s (%s)', (value) => {
    expect(knowledge.facts.some((f) => f.figures.some((fig) => fig.value === value))).toBe(true);
  });

  it('gives every fact a source, five or more questions and keywords', () => {
    for (const fact of knowledge.facts) {
      expect(fact.questions.en.length, fact.id).toBeGreaterThanOrEqual(5);
      expect(fact.keywords.en.length, fact.id).toBeGreaterThan(0);
      expect(fact.source.document, fact.id).toMatch(/\w/);
    }
  });

  it('dates every helpline check', () => {
    expect(knowledge.helplines.map((h) => h.number)).toEqual(['150', '111', '112']);
    for (const h of knowledge.helplines) expect(h.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('knowledge:check finds', () => {
  it('an invalid schema', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/health.yaml', (t) => t.replace('topic: health', 'topic: 42 Health!'));
    expect(readKnowledge(dir).problems.join('\n')).toMatch(/health\.yaml: facts\.0\.topic/);
  });

  it('a duplicate id', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/health.yaml', (t) =>
      t.replace('id: overweight-children', 'id: infant-mortality-fivefold'),
    );
    expect(readKnowledge(dir).problems).toContain('fact id infant-mortality-fivefold is used more than once');
  });

  it('a fact without a known source', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('document: unicef-kz-article, paragraphs: [15]', 'document: nowhere, paragraphs: [15]'),
    );
    expect(readKnowledge(dir).problems).toContain('fact left-behind: source nowhere is not in sources.yaml');
  });

  it('a fact with no source at all', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('    source: { document: unicef-kz-article, paragraphs: [15] }\n', ''),
    );
    expect(readKnowledge(dir).problems.join('\n')).toMatch(/youth\.yaml: facts\.1\.source/);
  });

  it('a number in an answer that is not among its figures', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/youth.yaml', (t) => t.replace('9.5% of young people', '9.7% of young people'));
    expect(readKnowledge(dir).problems).toContain(
      'fact neet-rate: answer.en says 9.7, which is not among its figures',
    );
  });

  it('a question phrasing shared by two facts', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'facts/youth.yaml', (t) =>
      t.replace('What is the NEET rate in Kazakhstan?', 'How many children live in Kazakhstan?'),
    );
    expect(readKnowledge(dir).problems.join('\n')).toMatch(
      /question "How many children live in Kazakhstan\?" is shared by facts (children-share-of-population, neet-rate|neet-rate, children-share-of-population)/,
    );
  });

  it('a World Children’s Day post that names a missing fact', () => {
    const dir = copyOfKnowledge();
    edit(dir, 'world-childrens-day.yaml', (t) => t.replace('neet-rate', 'no-such-fact'));
    expect(readKnowledge(dir).problems).toContain(
      'world-childrens-day.yaml names fact no-such-fact, which does not exist',
    );
  });
});
