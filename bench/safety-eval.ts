import type { Lang } from '../src/localized.js';
import type { SafetyLevel } from '../src/safety/assessment.js';
import { type CorpusItem, DISCLOSURE_CATEGORIES } from '../src/safety/corpus.js';

/** What one reader (rules, classifier, or both) made of one corpus item. */
export interface Verdict {
  item: CorpusItem;
  level: SafetyLevel;
}

export interface SafetyFigures {
  disclosures: number;
  /** Disclosures that reach the helplines: the safeguarding reply or the check-in. */
  reached: number;
  /** Disclosures that get the full safeguarding reply. */
  safeguarded: number;
  /** Questions about violence that get their answer (not the safeguarding reply; a check-in answers too). */
  questions: number;
  questionsAnswered: number;
  /** Alarms (safeguarding or check-in) on harm words that are no disclosure, everyday worries, ordinary. */
  fiction: number;
  fictionAlarms: number;
  everyday: number;
  everydayAlarms: number;
  ordinary: number;
  ordinaryAlarms: number;
}

const isDisclosure = (v: Verdict) => v.item.label === 'disclosure';
const alarmed = (v: Verdict) => v.level !== 'none';

export function figures(verdicts: readonly Verdict[]): SafetyFigures {
  const of = (category: string) => verdicts.filter((v) => v.item.category === category);
  const disclosures = verdicts.filter(isDisclosure);
  const questions = of('question_about_harm');
  const fiction = of('fiction_game_joke');
  const everyday = of('everyday_worry');
  const ordinary = of('ordinary');
  return {
    disclosures: disclosures.length,
    reached: disclosures.filter(alarmed).length,
    safeguarded: disclosures.filter((v) => v.level === 'disclosure').length,
    questions: questions.length,
    questionsAnswered: questions.filter((v) => v.level !== 'disclosure').length,
    fiction: fiction.length,
    fictionAlarms: fiction.filter(alarmed).length,
    everyday: everyday.length,
    everydayAlarms: everyday.filter(alarmed).length,
    ordinary: ordinary.length,
    ordinaryAlarms: ordinary.filter(alarmed).length,
  };
}

export function byLanguage(verdicts: readonly Verdict[], lang: Lang): Verdict[] {
  return verdicts.filter((v) => v.item.lang === lang);
}

/** Recall (reaching the helplines) of each disclosure category. */
export function recallByCategory(
  verdicts: readonly Verdict[],
): { category: string; n: number; reached: number }[] {
  return DISCLOSURE_CATEGORIES.map((category) => {
    const of = verdicts.filter((v) => v.item.category === category);
    return { category, n: of.length, reached: of.filter(alarmed).length };
  }).filter((row) => row.n > 0);
}

export const share = (part: number, whole: number): number | undefined =>
  whole === 0 ? undefined : part / whole;
