// The 5-school-day clock of a child protection file transfer (Keeping Children Safe in Education), counted
// by the one school-day calendar (lib/calendar/school-days.ts) of the receiving school's partnership.
import { addSchoolDays, londonDate, type SchoolCalendar } from '@/lib/calendar/school-days';

export const TRANSFER_SCHOOL_DAYS = 5;
/** The sender is reminded at this many school days without a receipt. */
export const TRANSFER_REMINDER_SCHOOL_DAYS = 3;

const HOUR_MS = 60 * 60 * 1000;

/** When the clock starts: the later of the sending and the start of the child's first day (London). */
export function transferClockStart(sentAt: Date, childStartsOn: Date): Date {
  const day = childStartsOn.toISOString().slice(0, 10);
  // Midnight UTC of that day is 01:00 in London in summer: London's midnight is an hour earlier then.
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const hourBefore = new Date(utcMidnight.getTime() - HOUR_MS);
  const firstMoment = londonDate(hourBefore) === day ? hourBefore : utcMidnight;
  return firstMoment > sentAt ? firstMoment : sentAt;
}

/** The moment `schoolDays` of the clock have passed: 5 for the due date, 3 for the reminder. */
export function transferDeadline(
  transfer: { sentAt: Date; childStartsOn: Date },
  calendar: SchoolCalendar,
  schoolDays = TRANSFER_SCHOOL_DAYS,
): Date {
  return addSchoolDays(transferClockStart(transfer.sentAt, transfer.childStartsOn), schoolDays, calendar);
}
