// When an unopened concern is escalated. Pure, so tests move the clock instead of waiting.

const HOUR_MS = 60 * 60 * 1000;
const londonWeekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' });

/** Saturday or Sunday in England, whatever the server's time zone. */
export function isWeekend(at: Date): boolean {
  const day = londonWeekday.format(at);
  return day === 'Sat' || day === 'Sun';
}

/**
 * The moment `schoolDays` whole school days (24 hours of Monday-to-Friday time each) have passed since
 * `from`. Weekend hours do not count: a concern sent on Friday at 16:00 with one school day falls due on
 * Monday at 16:00. London's offset from UTC is whole hours, so each UTC hour lies within one London day.
 */
export function addSchoolDays(from: Date, schoolDays: number): Date {
  let remaining = schoolDays * 24 * HOUR_MS;
  let t = from.getTime();
  while (remaining > 0) {
    const nextHour = (Math.floor(t / HOUR_MS) + 1) * HOUR_MS;
    if (isWeekend(new Date(t))) {
      t = nextHour;
      continue;
    }
    const step = Math.min(remaining, nextHour - t);
    t += step;
    remaining -= step;
  }
  return new Date(t);
}

/** When a concern is escalated if nobody has opened it: minutes for urgent ones, school days for others. */
export function escalationDeadline(
  concern: { submittedAt: Date; urgent: boolean },
  rules: { escalateUrgentAfterMinutes: number; escalateAfterSchoolDays: number },
): Date {
  return concern.urgent
    ? new Date(concern.submittedAt.getTime() + rules.escalateUrgentAfterMinutes * 60_000)
    : addSchoolDays(concern.submittedAt, rules.escalateAfterSchoolDays);
}

/** "1 hour", "90 minutes", "1 school day": how long the concern waited, for the email. */
export function describeWait(
  urgent: boolean,
  rules: { escalateUrgentAfterMinutes: number; escalateAfterSchoolDays: number },
): string {
  if (urgent) {
    const m = rules.escalateUrgentAfterMinutes;
    return m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${m} minutes`;
  }
  const d = rules.escalateAfterSchoolDays;
  return `${d} school day${d === 1 ? '' : 's'}`;
}
