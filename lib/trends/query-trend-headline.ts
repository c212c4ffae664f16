import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TrendFilters } from './filters';
import { periodBounds, previousStart } from './period-sql';
import { level } from './query-trend-cells';

/** A raw count in the chosen span and in the span of the same length before it. Not yet suppressed. */
export interface RawChange {
  now: number;
  before: number;
}

/** Raw (unsuppressed) headline counts. Never leaves lib/trends without passing through suppress.ts. */
export interface TrendHeadlineCounts {
  /** The whole periods counted: first day, the day after the last, and the first day of the span before. */
  span: { first: Date; after: Date; previous: Date };
  concerns: RawChange;
  urgent: RawChange;
  schools: RawChange;
  /** By platform id and harm category id. */
  platforms: Map<string, RawChange>;
  harms: Map<string, RawChange>;
}

type Row = { kind: string; key: string | null; now: bigint | null; before: bigint | null } & Partial<
  Record<'urgentNow' | 'urgentBefore', bigint | null> & Record<'first' | 'after' | 'previous', Date>
>;

/**
 * The headline figures for the dashboard's filters and for the span of the same length just before, in one
 * statement: totals, urgent and by platform and harm from TrendCell (the same cells and levels as
 * queryTrendCells), and schools with a concern from the concerns themselves, since TrendCell keeps no school.
 */
export async function queryTrendHeadline(
  db: Db | Tx,
  partnershipId: string,
  filters: TrendFilters,
): Promise<TrendHeadlineCounts> {
  const { first, after } = periodBounds(filters);
  const start = Prisma.raw(filters.period === 'week' ? 'c."week"' : 'c."month"');
  const [p, h] = [filters.platformId, filters.harmCategoryId];
  const day = Prisma.raw(`(c."submittedAt" AT TIME ZONE 'Europe/London')::date`);
  const rows = await db.$queryRaw<Row[]>`
    WITH span AS (SELECT ${first} AS first, ${after} AS after, ${previousStart(filters.period, first, after)} AS previous),
    cells AS (
      SELECT k.kind, CASE k.kind WHEN 'platform' THEN c."platformId"::text
          WHEN 'harm' THEN c."harmCategoryId"::text ELSE '' END AS key,
        ${start} >= span.first AS now, c."concerns", c."urgent"
      FROM span CROSS JOIN (VALUES ('all'), ('platform'), ('harm')) AS k(kind)
        JOIN "TrendCell" c ON c."partnershipId" = ${partnershipId}::uuid
          AND ${start} >= span.previous AND ${start} < span.after
          AND c."week" > span.previous - 7 AND c."week" < span.after
      WHERE (${filters.area}::text IS NULL OR c."area" = ${filters.area})
        AND (${filters.phase}::text IS NULL OR c."phase" = ${filters.phase})
        AND ((k.kind = 'all' AND ${level('platformId', p, false)} AND ${level('harmCategoryId', h, false)})
          OR (k.kind = 'platform' AND ${level('platformId', p, true)} AND ${level('harmCategoryId', h, false)})
          OR (k.kind = 'harm' AND ${level('platformId', p, false)} AND ${level('harmCategoryId', h, true)}))
    )
    SELECT kind, key, sum("concerns") FILTER (WHERE now) AS now, sum("concerns") FILTER (WHERE NOT now) AS before,
      sum("concerns") FILTER (WHERE now AND "urgent") AS "urgentNow",
      sum("concerns") FILTER (WHERE NOT now AND "urgent") AS "urgentBefore",
      NULL::date AS first, NULL::date AS after, NULL::date AS previous
    FROM cells GROUP BY kind, key
    UNION ALL
    SELECT 'schools', '', count(DISTINCT c."schoolId") FILTER (WHERE ${day} >= span.first),
      count(DISTINCT c."schoolId") FILTER (WHERE ${day} < span.first), NULL, NULL,
      span.first, span.after, span.previous
    FROM span LEFT JOIN ("Concern" c LEFT JOIN "School" s ON s.id = c."schoolId")
      ON c."partnershipId" = ${partnershipId}::uuid AND ${day} >= span.previous AND ${day} < span.after
        AND (${p}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernPlatform" f
          WHERE f."concernId" = c.id AND f."platformId" = ${p}::uuid))
        AND (${h}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernHarm" f
          WHERE f."concernId" = c.id AND f."harmCategoryId" = ${h}::uuid))
        AND (${filters.area}::text IS NULL OR COALESCE(s."town", s."localAuthority", '') = ${filters.area})
        AND (${filters.phase}::text IS NULL OR COALESCE(s."phase"::text, 'NONE') = ${filters.phase})
    GROUP BY span.first, span.after, span.previous`;
  return toCounts(rows);
}

function toCounts(rows: Row[]): TrendHeadlineCounts {
  const n = (value: bigint | null | undefined) => Number(value ?? 0);
  const change = (row: Row | undefined): RawChange => ({ now: n(row?.now), before: n(row?.before) });
  const byKey = (kind: string) =>
    new Map(rows.filter((row) => row.kind === kind).map((row) => [String(row.key), change(row)]));
  const all = rows.find((row) => row.kind === 'all');
  const schools = rows.find((row) => row.kind === 'schools') as Row & Required<Pick<Row, 'first'>>;
  return {
    span: { first: schools.first, after: schools.after as Date, previous: schools.previous as Date },
    concerns: change(all),
    urgent: { now: n(all?.urgentNow), before: n(all?.urgentBefore) },
    schools: change(schools),
    platforms: byKey('platform'),
    harms: byKey('harm'),
  };
}
