import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Period } from './dimensions';
import type { TrendFilters } from './filters';

// What a period is, in SQL, for both TrendCell (query-trend-cells.ts) and the naive GROUP BY
// (naive-trend-query.ts), so the two cannot disagree. Weeks start on Monday; months, quarters and years are
// calendar periods; all in Europe/London (the callers give the UK date of each concern or cell).

const LENGTH: Record<Period, string> = {
  week: '7 days',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

const LABEL: Record<Period, string> = {
  week: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  quarter: 'YYYY "Q"Q',
  year: 'YYYY',
};

/** The first day of the period holding `day` (an SQL date or timestamp without time zone). */
export function periodStart(period: Period, day: string): string {
  return `date_trunc('${period}', ${day})::date`;
}

/** How a period is shown: "2026-11-30" (its Monday), "2026-12", "2026 Q4", "2026". */
export function periodLabel(period: Period, start: string): string {
  return `to_char(${start}, '${LABEL[period]}')`;
}

/** The first day of the first whole period and the day after the last, for the filters' dates. */
export function periodBounds(filters: TrendFilters): { first: Prisma.Sql; after: Prisma.Sql } {
  const { period, from, to } = filters;
  return {
    first: Prisma.sql`date_trunc(${period}, ${from}::date::timestamp)::date`,
    after: Prisma.sql`(date_trunc(${period}, ${to}::date::timestamp) + ${LENGTH[period]}::interval)::date`,
  };
}

/** A UK day (an SQL date) as the instant it begins, to compare with a timestamptz column through its index. */
export function ukDayStart(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${day}::timestamp AT TIME ZONE 'Europe/London')`;
}

/**
 * The first day of the previous span of the same length: as many weeks before (counted in days), or as many
 * calendar months, quarters or years before (age() counts whole months between two period starts).
 */
export function previousStart(period: Period, first: Prisma.Sql, after: Prisma.Sql): Prisma.Sql {
  if (period === 'week') return Prisma.sql`(${first} - (${after} - ${first}))`;
  return Prisma.sql`(${first} - age(${after}::timestamp, ${first}::timestamp))::date`;
}

/**
 * Whole periods only: from the start of the period holding the start date to the end of the period holding
 * the end date. `start` is the period start of the row being filtered.
 */
export function inPeriods(start: string, filters: TrendFilters): Prisma.Sql {
  const { first, after } = periodBounds(filters);
  return Prisma.sql`${Prisma.raw(start)} >= ${first} AND ${Prisma.raw(start)} < ${after}`;
}
