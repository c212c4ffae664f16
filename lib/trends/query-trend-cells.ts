import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { ANY, type Breakdown, type Period } from './dimensions';
import type { TrendFilters } from './filters';
import { inPeriods, periodBounds, periodLabel, periodStart } from './period-sql';

export type TrendKey = Breakdown | Period;

/** Raw (unsuppressed) sums for one key. Never leaves lib/trends without passing through suppress.ts. */
export interface TrendRow {
  key: string;
  concerns: number;
  urgent: number;
  opened: number;
  openSeconds: number;
  closed: number;
  closeSeconds: number;
}

/** A cell is one week-month segment: a week is a sum of cells by "week", a calendar period by "month". */
const cellStart = (period: Period) => (period === 'week' ? '"week"' : periodStart(period, '"month"'));

const KEY_SQL: Record<TrendKey, string> = {
  week: periodLabel('week', cellStart('week')),
  month: periodLabel('month', cellStart('month')),
  quarter: periodLabel('quarter', cellStart('quarter')),
  year: periodLabel('year', cellStart('year')),
  platform: `"platformId"::text`,
  harm: `"harmCategoryId"::text`,
  yearBand: `"yearBand"::text`,
  phase: `"phase"`,
  area: `"area"`,
};

/** One level of TrendCell: the chosen platform, every platform (when broken down by it), or "any". */
export function level(column: string, chosen: string | null, breakdown: boolean): Prisma.Sql {
  const col = Prisma.raw(`"${column}"`);
  if (chosen) return Prisma.sql`${col} = ${chosen}::uuid`;
  return breakdown ? Prisma.sql`${col} <> ${ANY}::uuid` : Prisma.sql`${col} = ${ANY}::uuid`;
}

/** The cells of whole periods (see inPeriods), bounded by week too so the primary key's range scan applies. */
function inRange(filters: TrendFilters): Prisma.Sql {
  if (filters.period === 'week') return inPeriods('"week"', filters);
  const { first, after } = periodBounds(filters);
  return Prisma.sql`${inPeriods('"month"', filters)} AND "week" > ${first} - 7 AND "week" < ${after}`;
}

/**
 * Sums TrendCell rows for a dashboard table, over whole periods of the chosen kind: from the start of the
 * week, month, quarter or year holding the start date to the end of the one holding the end date.
 */
export async function queryTrendCells(
  db: Db | Tx,
  partnershipId: string,
  filters: TrendFilters,
  by: TrendKey,
): Promise<TrendRow[]> {
  const rows = await db.$queryRaw<Record<string, bigint | string>[]>`
    SELECT ${Prisma.raw(KEY_SQL[by])} AS key, sum("concerns") AS concerns,
      COALESCE(sum("concerns") FILTER (WHERE "urgent"), 0) AS urgent, sum("opened") AS opened,
      sum("openSeconds") AS "openSeconds", sum("closed") AS closed, sum("closeSeconds") AS "closeSeconds"
    FROM "TrendCell"
    WHERE "partnershipId" = ${partnershipId}::uuid
      AND ${level('platformId', filters.platformId, by === 'platform')}
      AND ${level('harmCategoryId', filters.harmCategoryId, by === 'harm')}
      AND ${inRange(filters)}
      AND (${filters.area}::text IS NULL OR "area" = ${filters.area})
      AND (${filters.phase}::text IS NULL OR "phase" = ${filters.phase})
    GROUP BY 1 ORDER BY 1`;
  return rows.map(toTrendRow);
}

export function toTrendRow(row: Record<string, bigint | string | number | null>): TrendRow {
  const n = (v: unknown) => Number(v ?? 0);
  return {
    key: String(row.key),
    concerns: n(row.concerns),
    urgent: n(row.urgent),
    opened: n(row.opened),
    openSeconds: n(row.openSeconds),
    closed: n(row.closed),
    closeSeconds: n(row.closeSeconds),
  };
}
