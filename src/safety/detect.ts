import type { DistressReason, SafetyAssessment } from './assessment.js';
import { assessEnglish } from './english.js';
import { isCyrillic, safetyTokens } from './fold.js';
import { KAZAKH } from './lexicon-kk.js';
import { RUSSIAN } from './lexicon-ru.js';
import { DistressRules } from './rules.js';

export type { DistressReason, SafetyAssessment } from './assessment.js';

/**
 * Compiled once: every message is read before any search, so a call must stay cheap. Kazakh is often
 * typed in Latin letters, so its reading of a Latin message may also make it sensitive; Russian in Latin
 * letters is rare, and English words read as Russian would only add noise.
 */
const OTHER_LANGUAGES = [
  { rules: new DistressRules(RUSSIAN), latinTopics: false },
  { rules: new DistressRules(KAZAKH), latinTopics: true },
];

/** Words any English sentence is full of and Kazakh in Latin letters never uses. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'a an the is are was were be been am do does did of in on at to for from with about and or how what why when where who which can i you he she it we they my your this that there many much'.split(
    ' ',
  ),
);

/**
 * Reads a message in every language at once: the caller's language is only a guess (a Kazakh chat may
 * write in Russian, a child may type Kazakh in Latin letters), and missing a disclosure costs far more
 * than reading three lexicons.
 */
export function assessSafety(text: string): SafetyAssessment {
  const english = assessEnglish(text);
  if (english.disclosure) return english;

  const tokens = safetyTokens(text);
  const cyrillic = tokens.some(isCyrillic);
  const looksEnglish = !cyrillic && tokens.some((t) => ENGLISH_FUNCTION_WORDS.has(t));
  let reason: DistressReason | undefined;
  let sensitive = english.sensitive;
  for (const { rules, latinTopics } of OTHER_LANGUAGES) {
    const reading = rules.read(tokens);
    // Disclosures count in any script; a topic read into Latin letters only when they are not English.
    if (cyrillic || (latinTopics && !looksEnglish)) sensitive ||= reading.sensitive;
    if (reading.reason === 'self_harm') return { disclosure: true, reason: 'self_harm', sensitive: true };
    reason ??= reading.reason;
  }
  return reason ? { disclosure: true, reason, sensitive: true } : { disclosure: false, sensitive };
}
