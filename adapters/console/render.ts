import type { Reply } from '../../src/reply.js';

/** Console text: the reply as the core wrote it, or folded onto one line for scripts reading line by line. */
export function renderForConsole(reply: Reply, oneLine: boolean): string {
  const text =
    reply.suggestions && reply.kind !== 'no_match'
      ? `${reply.text}\n${reply.suggestions.join('\n')}`
      : reply.text;
  return oneLine ? text.replace(/\s*\n+\s*/g, ' | ') : text;
}
