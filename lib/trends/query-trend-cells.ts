import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { ANY, type Breakdown } from './dimensions';
import type { TrendFilters } from './filters';

export type TrendKey = Breakdown | 'week' | 'month';

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

const KEY_SQL: Record<TrendKey, string> = {
  week: `to_char("week", 'YYYY-MM-DD')`,
  month: `to_char(date_trunc('month', "week"), 'YYYY-MM')`,
  platform: `"platformId"::text`,
  harm: `"harmCategoryId"::text`,
  yearBand: `"yearBand"::text`,
  phase: `"phase"`,
  area: `"area"`,
};

/** One level of TrendCell: the chosen platform, every platform (when broken down by it), or "any". */
function level(column: string, chosen: string | null, breakdown: boolean): Prisma.Sql {
  const col = Prisma.raw(`"${column}"`);
  if (chosen) return Prisma.sql`${col} = ${chosen}::uuid`;
  return breakdown ? Prisma.sql`${col} <> ${ANY}::uuid` : Prisma.sql`${col} = ${ANY}::uuid`;
}

/**
 * Sums TrendCell rows for a dashboard table. Weeks are whole weeks: a week counts when its Monday falls from
 * the Monday of the start date's week to the end date. Months group weeks by the month their Monday is in.
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
      AND "week" >= date_trunc('week', ${filters.from}::date)::date AND "week" <= ${filters.to}::date
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
