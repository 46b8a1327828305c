import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { defaultKnowledgeDir } from '../src/paths.js';
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
