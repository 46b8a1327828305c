import type { DistressReason } from './rule-schema.js';

export type { DistressReason } from './rule-schema.js';

/**
 * What the safety step makes of a message:
 * - `disclosure`: a child telling us they are hurt, in danger or thinking of dying: the helplines at once;
 * - `check_in`: it may be one: a warm question whether they are safe, the helplines, and the answer;
 * - `none`: go on to answering.
 */
export type SafetyLevel = 'disclosure' | 'check_in' | 'none';

export interface SafetyAssessment {
  level: SafetyLevel;
  /** Set when a rule recognised the message: what kind of danger it told of. */
  reason?: DistressReason;
  /** The rule that fired, for the bench and the logs (never the message). */
  ruleId?: string;
  /** The classifier's probability that the message is a disclosure, 0..1. */
  probability: number;
  /** The message touches on harm (violence, abuse, suicide) without being a disclosure: a footnote is due. */
  sensitive: boolean;
}
