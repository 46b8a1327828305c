import { z } from 'zod';

/**
 * The safeguarding rules of one language, as data (models/safety/rules/<lang>.yaml). They are kept for
 * what a learned model should not be trusted with: plain, high-risk phrases that must always reach the
 * helplines. Everything else is the classifier's job.
 *
 * A pattern is words separated by spaces, matched in order on the folded words of a message:
 *   word        that word                       word*     any word starting so
 *   {class}     any word of a named class        a|b       either
 *   stem+set    the stem with an ending of a named ending set (Kazakh grammar)
 *   slot?       the slot may be left out
 * Between two slots stand at most `within` other words (default 1).
 */
export const REASONS = ['self_harm', 'harmed', 'in_danger', 'running_away'] as const;
export type DistressReason = (typeof REASONS)[number];

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
    reason: z.enum(REASONS),
    match: z.string().min(1),
    within: z.number().int().min(0).max(8).default(1),
    /** Context classes: a word of one near the match (the message, or its sentence) keeps the rule silent. */
    unless: z.array(z.string()).default([]),
    /** Messages the rule must catch and must leave alone; they run as tests. */
    examples: z.array(z.string()).min(1),
    counterexamples: z.array(z.string()).default([]),
  })
  .strict();
export type RuleSpec = z.infer<typeof ruleSchema>;

export const ruleFileSchema = z
  .object({
    language: z.enum(['en', 'ru', 'kk']),
    /** Named sets of endings, for `stem+set` (Kazakh adds person and tense as endings). */
    endings: z.record(z.string(), z.array(z.string())).default({}),
    /** Named word classes; each entry is a word or a `prefix*`. */
    classes: z.record(z.string(), z.array(z.string()).min(1)),
    /** Words that make a message touch on harm without being a disclosure: answers to it get a footnote. */
    sensitive: z.array(z.string()).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type RuleFile = z.infer<typeof ruleFileSchema>;
