import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { draftCandidates, draftFactFile } from '../../src/knowledge/draft.js';
import { runNode } from '../run-node.js';

const FIXTURE = [
  'Annual review of youth services',
  'The city opened 12 new youth centres in 2023, and 85% of teenagers said they used one.',
  'Many families enjoyed the summer.',
  'The Ministry of Education also created a Council for Student Voice.',
  'Attendance rose threefold over the year.',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'bala-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('knowledge:draft', () => {
  it('picks the sentences with figures, years, percentages or named institutions', () => {
    const candidates = draftCandidates(FIXTURE);
    expect(candidates.map((c) => c.paragraph)).toEqual([2, 4, 5]);
    expect(candidates[0]?.figures).toEqual([
      { value: 12, unit: 'count' },
      { value: 2023, unit: 'year' },
      { value: 85, unit: 'percent' },
    ]);
    expect(candidates[1]?.institutions).toEqual(['The Ministry of Education', 'Council for Student Voice']);
    expect(candidates[2]?.figures).toEqual([{ value: 3, unit: 'times' }]);
  });

  it('prints a YAML fact file a curator can finish', () => {
    const draft = parse(draftFactFile(FIXTURE, 'review')) as {
      facts: { id: string; keywords: { en: string[] } }[];
    };
    expect(draft.facts.map((f) => f.id)).toEqual(['review-1', 'review-2', 'review-3']);
    expect(draft.facts[0]?.keywords.en).toContain('centres');
  });

  it('runs as a command on a document file', async () => {
    const file = join(dir, 'Youth Review.txt');
    writeFileSync(file, FIXTURE);
    const { stdout, code } = await runNode('dist/scripts/knowledge-draft.js', [file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Draft facts from youth-review: 3 candidate/);
    expect((parse(stdout) as { facts: unknown[] }).facts).toHaveLength(3);
  });
});
