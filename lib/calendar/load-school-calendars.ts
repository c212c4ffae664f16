import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { schoolCalendar, type SchoolCalendar } from './school-days';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Terms that ended this long before `since` are still read, so the calendar knows the holiday after them. */
const TERM_LOOK_BACK_MS = 400 * DAY_MS;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The school-day calendar of each partnership, for counting from `since` on: two queries however many
 * partnerships, so the worker loads them once a run rather than once a concern. A partnership missing from
 * the answer has no terms (every weekday not a bank holiday is a school day).
 */
export async function loadSchoolCalendars(
  db: Db | Tx,
  partnershipIds: readonly string[],
  since: Date,
): Promise<Map<string, SchoolCalendar>> {
  const [holidays, terms] = await Promise.all([
    db.bankHoliday.findMany({
      where: { date: { gte: new Date(since.getTime() - DAY_MS) } },
      select: { date: true },
    }),
    db.termDate.findMany({
      where: {
        partnershipId: { in: [...partnershipIds] },
        endsOn: { gte: new Date(since.getTime() - TERM_LOOK_BACK_MS) },
      },
      select: { partnershipId: true, startsOn: true, endsOn: true },
    }),
  ]);
  const bankHolidays = holidays.map((h) => isoDay(h.date));
  return new Map(
    partnershipIds.map((id) => [
      id,
      schoolCalendar({
        bankHolidays,
        terms: terms
          .filter((t) => t.partnershipId === id)
          .map((t) => ({ startsOn: isoDay(t.startsOn), endsOn: isoDay(t.endsOn) })),
      }),
    ]),
  );
}

/** One partnership's calendar (a page or an action about one partnership's concern). */
export async function loadSchoolCalendar(
  db: Db | Tx,
  partnershipId: string,
  since: Date,
): Promise<SchoolCalendar> {
  return (await loadSchoolCalendars(db, [partnershipId], since)).get(partnershipId)!;
}
