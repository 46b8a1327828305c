import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { defaultKnowledgeDir } from '../src/paths.js';

let shipped: KnowledgeBase | undefined;

/** The fact base as shipped in knowledge/, loaded once per test file. */
export function shippedKnowledge(): KnowledgeBase {
  shipped ??= loadKnowledge(defaultKnowledgeDir);
  return shipped;
}

export function shippedCore(): BalaCore {
  return new BalaCore(shippedKnowledge());
}
