import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TrendFilters } from './filters';
import { periodBounds, previousStart, ukDayStart } from './period-sql';
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

interface Span {
  partnershipId: string;
  filters: TrendFilters;
  first: Prisma.Sql;
  after: Prisma.Sql;
  previous: Prisma.Sql;
}

/** TrendCell rows of both spans at one level (as queryTrendCells picks them), marked by span. */
function cells(span: Span, kind: string, key: string, byPlatform: boolean, byHarm: boolean): Prisma.Sql {
  const { partnershipId, filters, first, after, previous } = span;
  const start = Prisma.raw(filters.period === 'week' ? 'c."week"' : 'c."month"');
  // Constant bounds, so each range is an index condition.
  return Prisma.sql`
    SELECT ${kind}::text AS kind, ${Prisma.raw(key)} AS key, ${start} >= ${first} AS now, c."concerns", c."urgent"
    FROM "TrendCell" c
    WHERE c."partnershipId" = ${partnershipId}::uuid
      AND ${level('platformId', filters.platformId, byPlatform)}
      AND ${level('harmCategoryId', filters.harmCategoryId, byHarm)}
      AND ${start} >= ${previous} AND ${start} < ${after} AND c."week" > ${previous} - 7 AND c."week" < ${after}
      AND (${filters.area}::text IS NULL OR c."area" = ${filters.area})
      AND (${filters.phase}::text IS NULL OR c."phase" = ${filters.phase})`;
}

/**
 * Whether school s had a concern (with the chosen platform and harm) between two UK days: one probe of the
 * (schoolId, submittedAt, partnershipId) index per school (LIMIT 1 keeps it a probe), however many concerns there are.
 * The lower bound is written as a row comparison, which only that index can serve: with the plain range the
 * planner may walk the submittedAt index instead, reading every school's concerns of the span per school. The
 * index holds the partnership too, so its check is an index condition: on a deployment of many partnerships
 * the planner otherwise joined each probe with the partnership's whole index (bench:partnerships).
 */
function reported(span: Span, from: Prisma.Sql, until: Prisma.Sql): Prisma.Sql {
  const { partnershipId, filters } = span;
  const [p, h] = [filters.platformId, filters.harmCategoryId];
  return Prisma.sql`(SELECT true AS hit FROM "Concern" c
    WHERE c."schoolId" = s.id AND c."partnershipId" = ${partnershipId}::uuid
      AND (c."schoolId", c."submittedAt") >= (s.id, ${ukDayStart(from)}) AND c."submittedAt" < ${ukDayStart(until)}
      AND (${p}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernPlatform" f
        WHERE f."concernId" = c.id AND f."platformId" = ${p}::uuid))
      AND (${h}::uuid IS NULL OR EXISTS (SELECT 1 FROM "ConcernHarm" f
        WHERE f."concernId" = c.id AND f."harmCategoryId" = ${h}::uuid))
    LIMIT 1)`;
}

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
  return toCounts(await db.$queryRaw<Row[]>(trendHeadlineStatement(partnershipId, filters)));
}

/** queryTrendHeadline's one statement, exported so a test can read its plan. */
export function trendHeadlineStatement(partnershipId: string, filters: TrendFilters): Prisma.Sql {
  const { first, after } = periodBounds(filters);
  const span: Span = {
    partnershipId,
    filters,
    first,
    after,
    previous: previousStart(filters.period, first, after),
  };
  return Prisma.sql`
    WITH cells AS (
      ${cells(span, 'all', "''", false, false)}
      UNION ALL ${cells(span, 'platform', 'c."platformId"::text', true, false)}
      UNION ALL ${cells(span, 'harm', 'c."harmCategoryId"::text', false, true)}
    ),
    schools AS (
      SELECT count(n.hit) AS now, count(b.hit) AS before
      FROM "School" s
        LEFT JOIN LATERAL ${reported(span, first, after)} n ON true
        LEFT JOIN LATERAL ${reported(span, span.previous, first)} b ON true
      WHERE s."partnershipId" = ${partnershipId}::uuid
        AND (${filters.area}::text IS NULL OR COALESCE(s."town", s."localAuthority", '') = ${filters.area})
        AND (${filters.phase}::text IS NULL OR COALESCE(s."phase"::text, 'NONE') = ${filters.phase})
    )
    SELECT kind, key, sum("concerns") FILTER (WHERE now) AS now, sum("concerns") FILTER (WHERE NOT now) AS before,
      sum("concerns") FILTER (WHERE now AND "urgent") AS "urgentNow",
      sum("concerns") FILTER (WHERE NOT now AND "urgent") AS "urgentBefore",
      NULL::date AS first, NULL::date AS after, NULL::date AS previous
    FROM cells GROUP BY kind, key
    UNION ALL
    SELECT 'schools', '', now, before, NULL, NULL, ${first}, ${after}, ${span.previous} FROM schools`;
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
