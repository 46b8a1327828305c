/**
 * A daily post time as typed in a slash command option: `8:30`, `08:30` or `08.30` on the 24-hour clock,
 * normalised to HH:MM. Undefined when it is not a time, so the handler can say how to write it.
 */
export function parseTimeOfDay(input: string): string | undefined {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(input.trim());
  if (!match) return undefined;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}
