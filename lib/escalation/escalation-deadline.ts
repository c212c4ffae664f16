// When an unopened concern is escalated. Pure, so tests move the clock instead of waiting; school days are
// counted by the one calendar (lib/calendar/school-days.ts).
import { addSchoolDays, type SchoolCalendar } from '@/lib/calendar/school-days';

/** When a concern is escalated if nobody has opened it: minutes for urgent ones, school days for others. */
export function escalationDeadline(
  concern: { submittedAt: Date; urgent: boolean },
  rules: { escalateUrgentAfterMinutes: number; escalateAfterSchoolDays: number },
  calendar: SchoolCalendar,
): Date {
  return concern.urgent
    ? new Date(concern.submittedAt.getTime() + rules.escalateUrgentAfterMinutes * 60_000)
    : addSchoolDays(concern.submittedAt, rules.escalateAfterSchoolDays, calendar);
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
