import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Period } from './dimensions';
import type { TrendFilters } from './filters';
import { inPeriods, periodLabel, periodStart } from './period-sql';
import { toTrendRow, type TrendKey, type TrendRow } from './query-trend-cells';

// The same numbers as queryTrendCells, worked out the slow way: a GROUP BY over every concern. Not used by
// the dashboard. Tests use it to prove TrendCell stays exact; bench/ uses it as the baseline.

const start = (period: Period) => periodStart(period, `c."submittedAt" AT TIME ZONE 'Europe/London'`);

const KEY_SQL: Record<TrendKey, string> = {
  week: periodLabel('week', start('week')),
  month: periodLabel('month', start('month')),
  quarter: periodLabel('quarter', start('quarter')),
  year: periodLabel('year', start('year')),
  platform: `cp."platformId"::text`,
  harm: `ch."harmCategoryId"::text`,
  yearBand: `trend_year_band(c."childYear", c."childAge")::text`,
  phase: `COALESCE(s."phase"::text, 'NONE')`,
  area: `COALESCE(s."town", s."localAuthority", '')`,
};

const seconds = (column: string) =>
  `sum(GREATEST(0, floor(extract(epoch FROM c."${column}" - c."submittedAt")))::bigint)`;

export async function naiveTrendQuery(
  db: Db | Tx,
  partnershipId: string,
  filters: TrendFilters,
  by: TrendKey,
): Promise<TrendRow[]> {
  // Broken down by platform with a platform chosen, the table shows that platform's row only.
  const joinPlatform = by === 'platform' ? `JOIN "ConcernPlatform" cp ON cp."concernId" = c.id` : '';
  const joinHarm = by === 'harm' ? `JOIN "ConcernHarm" ch ON ch."concernId" = c.id` : '';
  const platformColumn = Prisma.raw(by === 'platform' ? 'cp."platformId"' : 'f."platformId"');
  const harmColumn = Prisma.raw(by === 'harm' ? 'ch."harmCategoryId"' : 'f."harmCategoryId"');
  const rows = await db.$queryRaw<Record<string, bigint | string>[]>`
    SELECT ${Prisma.raw(KEY_SQL[by])} AS key, count(*) AS concerns, count(*) FILTER (WHERE c."urgent") AS urgent,
      count(c."firstOpenedAt") AS opened, ${Prisma.raw(seconds('firstOpenedAt'))} AS "openSeconds",
      count(c."closedAt") AS closed, ${Prisma.raw(seconds('closedAt'))} AS "closeSeconds"
    FROM "Concern" c LEFT JOIN "School" s ON s.id = c."schoolId"
      ${Prisma.raw(joinPlatform)} ${Prisma.raw(joinHarm)}
    WHERE c."partnershipId" = ${partnershipId}::uuid
      AND ${inPeriods(start(filters.period), filters)}
      AND (${filters.platformId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernPlatform" f
        WHERE f."concernId" = c.id AND ${platformColumn} = ${filters.platformId}::uuid))
      AND (${filters.harmCategoryId}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernHarm" f
        WHERE f."concernId" = c.id AND ${harmColumn} = ${filters.harmCategoryId}::uuid))
      AND (${filters.area}::text IS NULL OR COALESCE(s."town", s."localAuthority", '') = ${filters.area})
      AND (${filters.phase}::text IS NULL OR COALESCE(s."phase"::text, 'NONE') = ${filters.phase})
    GROUP BY 1 ORDER BY 1`;
  return rows.map(toTrendRow);
}
