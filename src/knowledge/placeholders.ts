import { LANGS } from '../localized.js';
import type { Fact } from './schema.js';

/** What a curator leaves to fill in later: the draft's own markers and the usual ones. */
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b/i;

/**
 * Leftovers of an unfinished draft (knowledge:draft writes TODO in every field a person must write): a
 * fact with one would be served as it is, "/fact" answering "TODO: …". Names the fact and the field.
 */
export function placeholderProblems(fact: Fact): string[] {
  const fields: [string, string | undefined][] = [['topic', fact.topic]];
  for (const lang of LANGS) {
    fields.push([`answer.${lang}`, fact.answer[lang]], [`detail.${lang}`, fact.detail?.[lang]]);
    fields.push([`source.section.${lang}`, fact.source.section?.[lang]]);
    for (const [i, question] of (fact.questions[lang] ?? []).entries())
      fields.push([`questions.${lang}[${i}]`, question]);
    for (const [i, keyword] of (fact.keywords[lang] ?? []).entries())
      fields.push([`keywords.${lang}[${i}]`, keyword]);
  }
  const problems = fields
    .filter(([, text]) => text !== undefined && PLACEHOLDER.test(text))
    .map(([field]) => `fact ${fact.id}: ${field} is a placeholder (TODO): write it, or leave the fact out`);
  for (const [i, figure] of fact.figures.entries()) {
    if (figure.measures.trim() === '' || PLACEHOLDER.test(figure.measures)) {
      problems.push(`fact ${fact.id}: figures[${i}].measures is empty: say what ${figure.value} measures`);
    }
  }
  return problems;
}
