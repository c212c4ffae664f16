import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TrendFilters } from './filters';
import { inPeriods, periodBounds, periodStart, ukDayStart } from './period-sql';

export const RESPONSE_ORDER = ['REMOVED', 'NO_REPLY', 'REFUSED', 'DONT_KNOW'] as const;
export type ResponseCounts = Record<(typeof RESPONSE_ORDER)[number], number>;

/**
 * What parents said each platform did when they reported it there (ConcernPlatformResponse), counted by
 * platform and answer over this partnership's concerns sent in the chosen whole periods and matching the
 * filters (the same periods and filters as every other table: lib/trends/period-sql.ts). Raw counts: they
 * reach the page only through suppress.ts. Not from TrendCell: answers come weeks after sending and are
 * few, so a GROUP BY over the span's concerns with an answer is small. Answers about concerns retention has
 * deleted count from PlatformResponseRetired (written by trend_retire()), by the dimensions the concern had,
 * so the table does not shrink as old concerns go.
 */
export async function queryPlatformResponses(
  db: Db | Tx,
  partnershipId: string,
  filters: TrendFilters,
): Promise<{ platformId: string; counts: ResponseCounts }[]> {
  const rows = await db.$queryRaw<{ platformId: string; response: string; n: bigint }[]>(
    platformResponsesStatement(partnershipId, filters),
  );
  const byPlatform = new Map<string, ResponseCounts>();
  for (const row of rows) {
    const counts = byPlatform.get(row.platformId) ?? { REMOVED: 0, NO_REPLY: 0, REFUSED: 0, DONT_KNOW: 0 };
    counts[row.response as keyof ResponseCounts] = Number(row.n);
    byPlatform.set(row.platformId, counts);
  }
  return [...byPlatform].map(([platformId, counts]) => ({ platformId, counts }));
}

/** queryPlatformResponses's one statement, exported so a test can read its plan. */
export function platformResponsesStatement(partnershipId: string, filters: TrendFilters): Prisma.Sql {
  const start = periodStart(filters.period, `c."submittedAt" AT TIME ZONE 'Europe/London'`);
  // The same span as instants too, so the (partnershipId, submittedAt, id, schoolId) index alone answers for
  // the span's concerns, rather than the heap giving every concern the partnership ever had, scattered among
  // other partnerships' (3.8x one partnership alone on a deployment of 150: bench:partnerships).
  const { first, after } = periodBounds(filters);
  // A retired answer's period: its week for weeks, else its month (as TrendCell's cells: query-trend-cells.ts).
  const retiredStart = filters.period === 'week' ? 'g."week"' : periodStart(filters.period, 'g."month"');
  return Prisma.sql`
    SELECT "platformId"::text AS "platformId", response::text AS response, count(*) AS n
    FROM (
      SELECT r."platformId", r.response
      FROM "ConcernPlatformResponse" r
        JOIN "Concern" c ON c.id = r."concernId"
        LEFT JOIN "School" s ON s.id = c."schoolId"
      WHERE c."partnershipId" = ${partnershipId}::uuid
        AND c."submittedAt" >= ${ukDayStart(first)} AND c."submittedAt" < ${ukDayStart(after)}
        AND ${inPeriods(start, filters)}
        AND (${filters.platformId}::uuid IS NULL OR r."platformId" = ${filters.platformId}::uuid)
        AND (${filters.harmCategoryId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernHarm" f
          WHERE f."concernId" = c.id AND f."harmCategoryId" = ${filters.harmCategoryId}::uuid))
        AND (${filters.area}::text IS NULL OR COALESCE(s."town", s."localAuthority", '') = ${filters.area})
        AND (${filters.phase}::text IS NULL OR COALESCE(s."phase"::text, 'NONE') = ${filters.phase})
      UNION ALL
      SELECT g."platformId", g.response
      FROM "PlatformResponseRetired" g
      WHERE g."partnershipId" = ${partnershipId}::uuid
        AND ${inPeriods(retiredStart, filters)}
        AND (${filters.platformId}::uuid IS NULL OR g."platformId" = ${filters.platformId}::uuid)
        AND (${filters.harmCategoryId}::uuid IS NULL OR ${filters.harmCategoryId}::uuid = ANY (g."harmIds"))
        AND (${filters.area}::text IS NULL OR g.area = ${filters.area})
        AND (${filters.phase}::text IS NULL OR g.phase = ${filters.phase})
    ) answers
    GROUP BY 1, 2`;
}
