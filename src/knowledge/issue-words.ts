import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/**
 * A schema problem in a curator's words: where (the path, then the fact by its id rather than "facts.12")
 * and what is missing, e.g. "facts.0.questions.ru: fact review-1 has 1, needs at least 5 phrasings people
 * would ask". zod's own messages ("Too small: expected array to have >=5 items") describe the parser.
 */
export function describeIssue(data: unknown, issue: Issue): string {
  const path = issue.path.map(String).join('.') || 'the file';
  const [list, index, field] = issue.path;
  const id = list === 'facts' && typeof index === 'number' ? at(data, ['facts', index, 'id']) : undefined;
  const owner = typeof id === 'string' ? `fact ${id} ` : '';
  const value = at(data, issue.path);
  if (value === undefined || value === null) return `${path}: ${owner}is missing it`;
  if (issue.code === 'too_small' && Array.isArray(value)) {
    const what = field === 'questions' ? ' phrasings people would ask' : '';
    return `${path}: ${owner}has ${value.length}, needs at least ${String(issue.minimum)}${what}`;
  }
  if (issue.code === 'too_small' && typeof value === 'string') return `${path}: ${owner}has it empty`;
  return `${path}: ${owner ? `${owner}: ` : ''}${issue.message}`;
}
