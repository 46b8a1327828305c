import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { copyOfKnowledge } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the checked fact base, cached by content', () => {
  it('gives the same base from the cache as from the files', () => {
    const dir = copyOfKnowledge(dirs);
    expect(loadKnowledge(dir)).toEqual(loadKnowledge(dir));
  });

  it('reads a changed file again, and never serves a broken one from an older check', () => {
    const dir = copyOfKnowledge(dirs);
    const file = join(dir, 'facts', 'convention-15-28.yaml');
    const original = readFileSync(file, 'utf8');
    loadKnowledge(dir);
    writeFileSync(
      file,
      original.replace('Article 16 of the Convention says', 'Article 16 of the UN Convention says'),
    );
    const privacy = loadKnowledge(dir).facts.find((f) => f.id === 'crc-16-privacy');
    expect(privacy?.answer.en).toContain('Article 16 of the UN Convention says');
    writeFileSync(file, original.replace('article: 16 }', 'article: 99 }'));
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
  });
});
