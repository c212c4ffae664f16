// The one school-day calendar: escalation's "one school day" and the 5 school days a child protection file
// has to reach a new school (Keeping Children Safe in Education) are counted here. Pure, so tests move the
// clock instead of waiting; lib/calendar/load-school-calendars.ts reads the data. Days are London days.

const DAY_MS = 24 * 60 * 60 * 1000;
/** More days in a row than this without a school day means the calendar is wrong, not a long holiday. */
const MAX_DAYS_OFF = 400;

/** A stretch of school days, first and last day included, as ISO dates ("2026-09-03"). */
export interface TermRange {
  startsOn: string;
  endsOn: string;
}

export interface SchoolCalendar {
  readonly bankHolidays: ReadonlySet<string>;
  /** Sorted by start. */
  readonly terms: readonly TermRange[];
  /** The days the terms speak for: from the first term's start to the last term's end. */
  readonly covers: TermRange | null;
}

/**
 * A partnership's calendar. Weekends and bank holidays are never school days. Between the first and the
 * last term entered, only days inside a term are; outside them (years nobody has entered yet) every other
 * weekday is, so a forgotten year shortens a deadline rather than stopping the clock.
 */
export function schoolCalendar(data: {
  bankHolidays: Iterable<string>;
  terms: Iterable<TermRange>;
}): SchoolCalendar {
  const terms = [...data.terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const last = terms.reduce((max, t) => (t.endsOn > max ? t.endsOn : max), '');
  return {
    bankHolidays: new Set(data.bankHolidays),
    terms,
    covers: terms[0] ? { startsOn: terms[0].startsOn, endsOn: last } : null,
  };
}

/** Every weekday: for tests, and the shape of the default before bank holidays are added. */
export const WEEKDAYS_ONLY = schoolCalendar({ bankHolidays: [], terms: [] });

export function isSchoolDay(day: string, calendar: SchoolCalendar): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6 || calendar.bankHolidays.has(day)) return false;
  const { covers } = calendar;
  if (!covers || day < covers.startsOn || day > covers.endsOn) return true;
  return calendar.terms.some((t) => t.startsOn <= day && day <= t.endsOn);
}

/**
 * The moment `schoolDays` whole school days (24 hours of school-day time each) have passed since `from`.
 * Other days do not count: sent on Friday at 16:00 with one school day, it falls due on Monday at 16:00;
 * sent in the holidays, the clock starts at midnight on the first school day.
 */
export function addSchoolDays(from: Date, schoolDays: number, calendar: SchoolCalendar): Date {
  let remaining = schoolDays * DAY_MS;
  let t = from.getTime();
  let daysOff = 0;
  while (remaining > 0) {
    const { day, nextMidnight } = londonDayAt(t);
    if (!isSchoolDay(day, calendar)) {
      if (++daysOff > MAX_DAYS_OFF) throw new Error(`No school day in ${MAX_DAYS_OFF} days after ${day}`);
      t = nextMidnight;
      continue;
    }
    daysOff = 0;
    const step = Math.min(remaining, nextMidnight - t);
    t += step;
    remaining -= step;
  }
  return new Date(t);
}

/** The school-day time from `a` to `b`, in days (negative when `b` is earlier): addSchoolDays undone. */
export function schoolDaysBetween(a: Date, b: Date, calendar: SchoolCalendar): number {
  if (b < a) return -schoolDaysBetween(b, a, calendar);
  const end = b.getTime();
  let counted = 0;
  for (let t = a.getTime(); t < end;) {
    const { day, nextMidnight } = londonDayAt(t);
    const stop = Math.min(end, nextMidnight);
    if (isSchoolDay(day, calendar)) counted += stop - t;
    t = stop;
  }
  return counted / DAY_MS;
}

/** The London date of a moment ("2026-12-03"). */
export function londonDate(at: Date): string {
  return londonDayAt(at.getTime()).day;
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const HOUR_MS = 60 * 60 * 1000;
/** Offsets by UTC hour: London's clock changes only on the hour, and Intl is the slow part of a deadline. */
const offsetByHour = new Map<number, number>();

/** London's offset from UTC at a moment, in milliseconds. */
function londonOffset(t: number): number {
  const hour = Math.floor(t / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offset = readLondonOffset(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function readLondonOffset(t: number): number {
  const p = Object.fromEntries(londonClock.formatToParts(new Date(t)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return wall - t;
}

/** The London day a moment falls in, and the moment that day ends (23 or 25 hours on a clock change). */
function londonDayAt(t: number): { day: string; nextMidnight: number } {
  const offset = londonOffset(t);
  const wall = t + offset;
  const dayStart = wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
  const guess = dayStart + DAY_MS - offset;
  return {
    day: new Date(dayStart).toISOString().slice(0, 10),
    nextMidnight: guess - (londonOffset(guess) - offset),
  };
}
