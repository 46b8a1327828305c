import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trainIntentModel } from '../../scripts/intent-training.js';
import { BalaCore } from '../../src/core.js';
import { IntentModel } from '../../src/intent/model.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { LinearModel } from '../../src/learn/linear-model.js';
import { defaultKnowledgeDir, modelsDir, projectRoot } from '../../src/paths.js';
import { shippedSafetyReader } from '../../src/safety/detect.js';

/** The shipped fact base with one more fact file, as a curator would add it. */
const dir = mkdtempSync(join(tmpdir(), 'bala-new-fact-'));
cpSync(defaultKnowledgeDir, dir, { recursive: true });
cpSync(
  join(projectRoot, 'tests', 'fixtures', 'new-fact', 'playgrounds.yaml'),
  join(dir, 'facts', 'playgrounds.yaml'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adding a fact is data only', () => {
  it('is learned by training and found in all three languages by questions not among its phrasings', {
    timeout: 120_000,
  }, () => {
    const knowledge = loadKnowledge(dir);
    const model = new IntentModel(new LinearModel(trainIntentModel(modelsDir, dir)));
    expect(model.knows('test-playgrounds')).toBe(true);
    const core = new BalaCore(knowledge, shippedSafetyReader(), model);
    expect(core.reply('is there a playground with swings in our village?', 'en').fact?.id).toBe(
      'test-playgrounds',
    );
    expect(core.reply('а в селе есть детская площадка с качелями?', 'ru').fact?.id).toBe('test-playgrounds');
    expect(core.reply('біздің ауылда әткеншегі бар ойын алаңы бар ма?', 'kk').fact?.id).toBe(
      'test-playgrounds',
    );
    // The shipped facts are still found.
    expect(core.reply('How many children live in Kazakhstan?', 'en').fact?.id).toBe(
      'children-share-of-population',
    );
  });
});
