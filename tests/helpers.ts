import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BalaCore } from '../src/core.js';
import { fromTreatyOrLaw } from '../src/knowledge/convention.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Fact, KnowledgeBase } from '../src/knowledge/schema.js';
import { SPLITS, type Split } from '../src/learn/corpus-files.js';
import { LinearModel, type ModelFile } from '../src/learn/linear-model.js';
import { defaultKnowledgeDir, modelsDir } from '../src/paths.js';
import { SafetyReader } from '../src/safety/detect.js';
import { loadRuleSets } from '../src/safety/rule-files.js';
import { SqliteStore } from '../src/storage/sqlite-store.js';
import { StoredSubscriptions } from '../src/storage/subscription-service.js';

let shipped: KnowledgeBase | undefined;

/** The fact base as shipped in knowledge/, loaded once per test file. */
export function shippedKnowledge(): KnowledgeBase {
  shipped ??= loadKnowledge(defaultKnowledgeDir);
  return shipped;
}

export function shippedCore(): BalaCore {
  return new BalaCore(shippedKnowledge());
}

/** A private SQLite database for one test: the real Store, gone when the test ends. */
export function memoryStore(): SqliteStore {
  return SqliteStore.open(':memory:');
}

/** The real subscription service on a store (a fresh ':memory:' one by default), with the shipped defaults. */
export function storedSubscriptions(store: SqliteStore = memoryStore()): StoredSubscriptions {
  return new StoredSubscriptions(store, { defaultTimeZone: 'Asia/Almaty', dailyPostTime: '09:00' });
}

/** A safety model that gives every message the same probability: the policy on its own, whatever the words. */
export function constantModel(
  probability: number,
  thresholds = { disclosure: 0.9, checkIn: 0.4 },
): LinearModel {
  const file: ModelFile = {
    format: 'bala-linear-v2',
    classes: ['none', 'disclosure'],
    features: { bits: 8, minGram: 2, maxGram: 3, words: true, wordPairs: false, maxWords: 50 },
    window: 10,
    scale: 1,
    bias: [Math.log(probability / (1 - probability))],
    weights: Buffer.alloc(2 ** 8 * 2).toString('base64'),
    trainedOn: { corpus: 'test', items: 0, authors: [] },
    thresholds,
  };
  return new LinearModel(file);
}

/** The shipped bot with the shipped rules, whose safety model reads every message at one probability. */
export function coreWithSafetyProbability(probability: number): BalaCore {
  const reader = new SafetyReader(loadRuleSets(`${modelsDir}/safety/rules`), constantModel(probability));
  return new BalaCore(shippedKnowledge(), reader);
}

/** No author in two splits, and at least two never-read authors: what keeps the measured figures honest. */
export function expectAuthorsApart(authorsOf: (split: Split) => Iterable<string>): void {
  const bySplit = new Map(SPLITS.map((split) => [split, new Set(authorsOf(split))]));
  for (const a of SPLITS)
    for (const b of SPLITS)
      if (a < b) expect([...(bySplit.get(a) ?? [])].filter((x) => bySplit.get(b)?.has(x))).toEqual([]);
  expect(bySplit.get('never-read')?.size).toBeGreaterThanOrEqual(2);
}

/** How many never-read messages also stand, word for word, in the data a model learns or is tuned on. */
export function copiedFromNeverRead(
  seen: Iterable<{ text: string }>,
  neverRead: Iterable<{ text: string }>,
): number {
  const known = new Set([...seen].map((i) => i.text.trim().toLowerCase()));
  return [...neverRead].filter((i) => known.has(i.text.trim().toLowerCase())).length;
}

/**
 * The facts tests/questions is written for: the first source's. The Convention's and the national laws'
 * facts are measured by the Convention corpus (models/intent/convention) instead.
 */
export function questionSetFacts(knowledge: KnowledgeBase): Fact[] {
  const measuredElsewhere = fromTreatyOrLaw(knowledge);
  return knowledge.facts.filter((f) => !measuredElsewhere(f));
}

/** A throwaway copy of the shipped knowledge folder, added to `dirs` for the test to remove. */
export function copyOfKnowledge(dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bala-knowledge-'));
  dirs.push(dir);
  cpSync(defaultKnowledgeDir, dir, { recursive: true });
  return dir;
}
