/** A calendar day as YYYY-MM-DD, always in the time zone of whoever receives the post. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function localDate(instant: Date, timeZone: string): LocalDate {
  return formatter(timeZone).format(instant);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 for a local date: the counter daily facts rotate on. */
export function dayNumber(date: LocalDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isWorldChildrensDay(date: LocalDate): boolean {
  return date.slice(5) === '11-20';
}
