/** A calendar day as YYYY-MM-DD, always in the time zone of whoever receives the post. */
export type LocalDate = string;

/** en-CA prints dates as YYYY-MM-DD; h23 keeps midnight 00:00 where some locales print 24:00. */
const FORMATS = {
  date: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  time: ['en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
} as const satisfies Record<string, [string, Intl.DateTimeFormatOptions]>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter is slow next to using one, and the scheduler asks for every zone each minute. */
function formatter(what: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${what} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const [locale, options] = FORMATS[what];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

export function localDate(instant: Date, timeZone: string): LocalDate {
  return formatter('date', timeZone).format(instant);
}

/** The wall-clock time HH:MM (24-hour) at an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return formatter('time', timeZone).format(instant);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter('date', timeZone);
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
