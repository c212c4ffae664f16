import 'server-only';
import type { Db } from '@/lib/db';

const BATCH = 200;

/**
 * Child records made before `birthYear` existed hold a date of birth (encrypted) but no plain year, so
 * retention could not keep their file until the child is 25 (lib/retention/find-due-concerns.ts). This
 * reads those records batch by batch through Prisma (which decrypts the date) and fills in the year.
 * Idempotent and safe beside another worker: only a row whose year is still empty is written, and a run
 * with nothing to do is one query. A date that does not read as an ISO date is left alone (never logged)
 * and passed over, so it cannot stop the rest. Returns how many records it filled in.
 */
export async function backfillBirthYears(db: Db): Promise<number> {
  let filled = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await db.childRecord.findMany({
      where: { birthYear: null, dateOfBirth: { not: null }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, dateOfBirth: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    const years = rows.flatMap((r) => {
      const year = birthYearOf(r.dateOfBirth);
      return year === null ? [] : [{ id: r.id, year }];
    });
    if (years.length > 0) {
      filled += await db.$executeRaw`
        UPDATE "ChildRecord" r SET "birthYear" = v.year
        FROM unnest(${years.map((y) => y.id)}::uuid[], ${years.map((y) => y.year)}::int[]) AS v(id, year)
        WHERE r.id = v.id AND r."birthYear" IS NULL AND r."dateOfBirth" IS NOT NULL`;
    }
    if (rows.length < BATCH) return filled;
    after = rows[rows.length - 1]!.id;
  }
}

/** The year of an ISO date of birth (2016-04-30), or null when it is not one. */
export function birthYearOf(dateOfBirth: string | null): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}
