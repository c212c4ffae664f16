// Dates for people and dates people type: one home for both (issue 22). People read "2 December 2026"
// and, with the time, "2 December 2026, 14:05", always in UK time whatever the server's zone. People type
// day, month and year ("27/3/2026"). Machine formats (ISO in CSVs and addresses, trend period keys) are not
// here: they are for programs, not people. No 'server-only': pure, and used by pages and PDFs alike.

const LONDON = 'Europe/London';

const date = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const calendarDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "2 December 2026": the day in the UK of a moment; `tag` as formatDateTime's ("2 Rhagfyr 2026"). */
export function formatDate(at: Date, tag = 'en-GB'): string {
  if (tag === 'en-GB') return date.format(at);
  return new Intl.DateTimeFormat(tag, {
    timeZone: LONDON,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/**
 * "2 December 2026, 14:05": a moment, in UK time. `tag` is a language's BCP 47 tag (lib/i18n/locales.ts)
 * for a parent reading in another language: "2 Rhagfyr 2026, 14:05" in Welsh.
 */
export function formatDateTime(at: Date, tag = 'en-GB'): string {
  if (tag === 'en-GB') return `${date.format(at)}, ${time.format(at)}`;
  const hour = new Intl.DateTimeFormat(tag, {
    timeZone: LONDON,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${formatDate(at, tag)}, ${hour.format(at)}`;
}

/** A calendar date from a date column (midnight UTC), such as the day the reporter last checked. */
export function formatDay(day: Date): string {
  return calendarDay.format(day);
}

/**
 * A date someone typed → that calendar day as midnight UTC, or null if it is not a real date from 1900 on.
 * Day, month and year with any usual separator ("27/3/2026", "27 3 2026", "27-03-2026"); a year-first
 * date ("2026-03-27") is read too, so addresses bookmarked before the fields changed still work.
 */
export function parseDateInput(input: string): Date | null {
  const typed = input.trim();
  const dayFirst = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})$/.exec(typed);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const result = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || result.getUTCMonth() !== month - 1 || result.getUTCDate() !== day) return null;
  return result;
}
