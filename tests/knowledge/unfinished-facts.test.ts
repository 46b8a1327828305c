import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load as parse } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFactFile } from '../../src/knowledge/draft.js';
import { readKnowledge } from '../../src/knowledge/load.js';
import { defaultKnowledgeDir } from '../../src/paths.js';
import { runNode } from '../run-node.js';

const DOCUMENT = 'In 2024 the city counted 412 new youth centres.\n';
const five = (prefix: string) =>
  [1, 2, 3, 4, 5].map((n) => `${prefix} youth centre question ${'?'.repeat(n)}`);

let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The shipped fact base plus facts/new.yaml holding `facts`. */
function baseWith(facts: unknown[]): string {
  dir = mkdtempSync(join(tmpdir(), 'bala-unfinished-'));
  cpSync(defaultKnowledgeDir, dir, { recursive: true });
  writeFileSync(join(dir, 'facts', 'new.yaml'), dump({ facts }));
  return dir;
}

type DraftFact = Record<string, unknown> & { questions: Record<string, string[]> };

/** The draft knowledge:draft prints, as a curator who filled in only the questions and keywords leaves it. */
function halfFinishedDraft(): DraftFact {
  const [fact] = (parse(draftFactFile(DOCUMENT, 'unicef-kz-article')) as { facts: DraftFact[] }).facts;
  if (!fact) throw new Error('no draft');
  return {
    ...fact,
    answer: { en: 'TODO: 2024 412', ru: 'TODO: 2024 412', kk: 'TODO: 2024 412' },
    questions: { en: five('en'), ru: five('ru'), kk: five('kk') },
    keywords: { en: ['centres'], ru: ['центры'], kk: ['орталықтар'] },
  };
}

describe('knowledge:check on an unfinished fact', () => {
  it('rejects leftover placeholders: TODO answers, topic todo, figures whose measures are not written', () => {
    const { knowledge, problems } = readKnowledge(baseWith([halfFinishedDraft()]));
    expect(knowledge).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        'fact unicef-kz-article-1: topic is a placeholder (TODO): write it, or leave the fact out',
        'fact unicef-kz-article-1: answer.en is a placeholder (TODO): write it, or leave the fact out',
        'fact unicef-kz-article-1: answer.kk is a placeholder (TODO): write it, or leave the fact out',
        'fact unicef-kz-article-1: figures[0].measures is empty: say what 2024 measures',
        'fact unicef-kz-article-1: figures[1].measures is empty: say what 412 measures',
      ]),
    );
  });

  it('says an empty measures is empty', () => {
    const draft = halfFinishedDraft();
    const fact = {
      ...draft,
      topic: 'youth',
      answer: { en: '412 centres.', ru: '412 центров.', kk: '412 орталық.' },
    };
    const { problems } = readKnowledge(
      baseWith([{ ...fact, figures: [{ value: 412, unit: 'count', measures: ' ' }] }]),
    );
    expect(problems).toContain(
      'fact unicef-kz-article-1: figures[0].measures is empty: say what 412 measures',
    );
  });

  it('names the fact and what it is missing, in words', () => {
    const draft = halfFinishedDraft();
    const fact = { ...draft, questions: { ...draft.questions, ru: ['только один вопрос'] } };
    const { problems } = readKnowledge(baseWith([fact]));
    expect(problems.join('\n')).toContain(
      'new.yaml: facts.0.questions.ru: fact unicef-kz-article-1 has 1, needs at least 5 phrasings people would ask',
    );
    const { problems: noKeywords } = readKnowledge(baseWith([{ ...draft, keywords: undefined }]));
    expect(noKeywords.join('\n')).toContain(
      'new.yaml: facts.0.keywords: fact unicef-kz-article-1 is missing it',
    );
  });

  it('is what the command reports, with exit code 1', async () => {
    const { code, stderr } = await runNode('dist/scripts/knowledge-check.js', [
      baseWith([halfFinishedDraft()]),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('answer.en is a placeholder (TODO)');
  });
});

describe('knowledge:draft', () => {
  it('writes placeholders without numbers, so a placeholder never passes the figures check', () => {
    const [fact] = (parse(draftFactFile(`Intro.\n\n\n${DOCUMENT}`, 'report')) as { facts: DraftFact[] })
      .facts;
    const placeholders = JSON.stringify({ ...fact, id: undefined, figures: undefined, source: undefined });
    expect(placeholders).toContain('TODO');
    expect(placeholders).not.toMatch(/\d/);
  });
});
