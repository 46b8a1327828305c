import { join } from 'node:path';
import { LinearModel } from '../learn/linear-model.js';
import { modelsDir } from '../paths.js';
import type { SafetyAssessment } from './assessment.js';
import { type SafetyThresholds, safetyLevel } from './policy.js';
import type { RuleHit, RuleSet } from './rule-engine.js';
import { ruleWords } from './rule-engine.js';
import { loadRuleSets } from './rule-files.js';

export type { DistressReason, SafetyAssessment, SafetyLevel } from './assessment.js';

/** The class of the safety model that means "disclosure". */
export const DISCLOSURE_CLASS = 'disclosure';

/**
 * The safety step: the rules (precise, high-risk phrases) and the classifier (everything else), read in
 * every language at once: the chat's language is only a guess, and a miss costs far more than a read.
 */
export class SafetyReader {
  private readonly disclosureIndex: number;
  readonly thresholds: SafetyThresholds;

  constructor(
    readonly rules: readonly RuleSet[],
    readonly model: LinearModel,
  ) {
    this.disclosureIndex = model.classes.indexOf(DISCLOSURE_CLASS);
    if (this.disclosureIndex < 0) throw new Error(`the safety model has no "${DISCLOSURE_CLASS}" class`);
    const { disclosure, checkIn } = model.thresholds;
    if (disclosure === undefined || checkIn === undefined || checkIn > disclosure)
      throw new Error('the safety model has no valid disclosure and checkIn thresholds');
    this.thresholds = { disclosure, checkIn };
  }

  static load(dir = join(modelsDir, 'safety')): SafetyReader {
    return new SafetyReader(loadRuleSets(join(dir, 'rules')), LinearModel.load(join(dir, 'classifier.json')));
  }

  assess(text: string): SafetyAssessment {
    const words = ruleWords(text);
    const hit = this.ruleHit(words);
    const probability = this.probability(text);
    const level = safetyLevel(probability, hit !== undefined, this.thresholds);
    const sensitive = level !== 'none' || this.rules.some((r) => r.isSensitive(words));
    const assessment: SafetyAssessment = { level, probability, sensitive };
    if (hit) {
      assessment.reason = hit.reason;
      assessment.ruleId = `${hit.language}/${hit.ruleId}`;
    }
    return assessment;
  }

  ruleHit(words: readonly string[]): RuleHit | undefined {
    for (const set of this.rules) {
      const hit = set.match(words);
      if (hit) return hit;
    }
    return undefined;
  }

  probability(text: string): number {
    return this.model.maxProbability(text, this.disclosureIndex);
  }
}

let shipped: SafetyReader | undefined;

/** The rules and model that ship with Bala, loaded once per process. */
export function shippedSafetyReader(): SafetyReader {
  shipped ??= SafetyReader.load();
  return shipped;
}
