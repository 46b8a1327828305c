import { join } from 'node:path';
import { LinearModel } from '../learn/linear-model.js';
import { modelsDir } from '../paths.js';
import { withoutArticleNumbers } from './article-lookup.js';
import { OUT_OF_SCOPE } from './corpus.js';

export interface IntentScore {
  /** A fact id, or out_of_scope. */
  id: string;
  probability: number;
}

/** The fact matcher: which fact a message asks for, or none, as probabilities learned from questions. */
export class IntentModel {
  private readonly known: ReadonlySet<string>;

  constructor(readonly model: LinearModel) {
    this.known = new Set(model.classes);
  }

  static load(path = join(modelsDir, 'intent', 'classifier.json')): IntentModel {
    return new IntentModel(LinearModel.load(path));
  }

  /** Whether the model was trained on this fact (an operator's own facts are found by the lexical index). */
  knows(factId: string): boolean {
    return this.known.has(factId);
  }

  /** Every class with its probability, the likeliest first. */
  rank(text: string): IntentScore[] {
    const probabilities = this.model.probabilities(withoutArticleNumbers(text));
    return this.model.classes
      .map((id, i) => ({ id, probability: probabilities[i] ?? 0 }))
      .sort((a, b) => b.probability - a.probability);
  }

  outOfScope(ranking: readonly IntentScore[]): number {
    return ranking.find((s) => s.id === OUT_OF_SCOPE)?.probability ?? 0;
  }
}

let shipped: IntentModel | undefined;

/** The fact matcher that ships with Bala, loaded once per process. */
export function shippedIntentModel(): IntentModel {
  shipped ??= IntentModel.load();
  return shipped;
}
