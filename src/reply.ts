import type { Lang } from './localized.js';

/**
 * What the core says back, as data: each adapter renders it for its platform (HTML for Telegram, embeds
 * for Discord, plain text for the console). Text here is plain, never markup.
 */
export type ReplyKind =
  | 'answer'
  | 'no_match'
  | 'safeguarding'
  | 'check_in'
  | 'greeting'
  | 'help'
  | 'helplines'
  | 'about'
  | 'fact'
  | 'daily_fact'
  | 'world_childrens_day'
  | 'invalid_input';

export interface SourceView {
  title: string;
  /** "paragraph 14" or a section name: where in the document the fact comes from. */
  location: string;
  publisher: string;
}

export interface FactView {
  id: string;
  topic: string;
  answer: string;
  detail?: string;
  source: SourceView;
}

export interface HelplineView {
  number: string;
  name: string;
  purpose: string;
  hours: string;
  cost: string;
  confirmedOn: string;
}

export interface Section {
  heading: string;
  lines: string[];
}

export interface Reply {
  kind: ReplyKind;
  lang: Lang;
  /** The reply as one plain-text message: what a console prints and `ask --json` reports. */
  text: string;
  title?: string;
  fact?: FactView;
  /** Questions the person could ask next (no_match) or related topics. */
  suggestions?: string[];
  /** The fact each suggestion asks for, in the same order, so a platform can answer it with one tap. */
  suggestedFactIds?: string[];
  helplines?: HelplineView[];
  /** Longer posts (World Children's Day) in parts a platform can lay out. */
  sections?: Section[];
  /** A one-line pointer to help under an answer on a sensitive subject. */
  footnote?: string;
  /** The search confidence the answer was given on, 0..1. */
  score?: number;
}
