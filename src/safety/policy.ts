import type { SafetyLevel } from './assessment.js';

/**
 * The one place that turns the classifier's probability and the rules into a level. The thresholds are
 * chosen on the dev split by `npm run train` (scripts/train-safety.ts) and saved with the model.
 */
export interface SafetyThresholds {
  /** At or above: the full safeguarding reply. */
  disclosure: number;
  /** At or above (and below `disclosure`): the check-in. */
  checkIn: number;
}

export function safetyLevel(
  probability: number,
  ruleFired: boolean,
  thresholds: SafetyThresholds,
): SafetyLevel {
  if (ruleFired || probability >= thresholds.disclosure) return 'disclosure';
  if (probability >= thresholds.checkIn) return 'check_in';
  return 'none';
}
