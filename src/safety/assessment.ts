export type DistressReason = 'self_harm' | 'harmed' | 'in_danger' | 'running_away';

export interface SafetyAssessment {
  /** The message reads as a child telling us they are hurt, in danger or thinking of dying. */
  disclosure: boolean;
  reason?: DistressReason;
  /** The message touches on violence or self-harm without being a disclosure (a footnote is due). */
  sensitive: boolean;
}
