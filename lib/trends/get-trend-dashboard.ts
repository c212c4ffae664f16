import 'server-only';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getDb } from '@/lib/db';
import { buildTrendTable, TABLE_IDS, type TableId, type TrendTable } from './build-trend-tables';
import { buildTrendHeadline, type TrendHeadline } from './build-trend-headline';
import { toCsv, trendCsvFilename, trendCsvFilterRows } from './csv';
import { describeFlag } from './describe-flag';
import { PERIOD_NAMES, PHASES } from './dimensions';
import { parseTrendFilters, type FilterOptions, type FilterResult, type TrendFilters } from './filters';
import { loadFilterOptions } from './load-filter-options';

type Query = Record<string, string | string[] | undefined>;

/** Partnership staff only, for their own partnership; everyone else gets "not found" (or sign-in). */
async function trendsContext(query: Query) {
  const { partnershipId } = await requirePartnership('trends.read');
  const db = getDb();
  const options = await loadFilterOptions(db, partnershipId);
  return { db, partnershipId, options, result: parseTrendFilters(query, options, new Date()) };
}

export interface TrendDashboard {
  options: FilterOptions;
  result: FilterResult;
  /** Null when the filters cannot be used. */
  headline: TrendHeadline | null;
  tables: TrendTable[];
  flags: { id: string; text: string; raisedAt: Date }[];
}

export async function getTrendDashboard(query: Query): Promise<TrendDashboard> {
  const { db, partnershipId, options, result } = await trendsContext(query);
  const recentFlags = await db.trendFlag.findMany({
    where: { partnershipId, raisedAt: { gte: new Date(Date.now() - 28 * 86_400_000) } },
    orderBy: { raisedAt: 'desc' },
    take: 20,
  });
  const flags = recentFlags.map((flag) => ({
    id: flag.id,
    text: describeFlag(flag),
    raisedAt: flag.raisedAt,
  }));
  if (!result.ok) return { options, result, headline: null, tables: [], flags };
  const headline = await buildTrendHeadline(db, partnershipId, result.filters, options);
  const tables = [];
  // One at a time: each is a small indexed query, and the pool is shared with every other request.
  for (const id of TABLE_IDS)
    tables.push(await buildTrendTable(db, partnershipId, result.filters, options, id));
  return { options, result, headline, tables, flags };
}

/** The CSV of exactly one dashboard table, or null when the filters or table name are not valid. */
export async function getTrendCsv(query: Query): Promise<{ filename: string; body: string } | null> {
  const { db, partnershipId, options, result } = await trendsContext(query);
  const id = String(query.table ?? '') as TableId;
  if (!result.ok || !TABLE_IDS.includes(id)) return null;
  const table = await buildTrendTable(db, partnershipId, result.filters, options, id);
  const rows = table.rows.map((row) => [row.label, ...row.cells]);
  if (table.total) rows.push(['Total (rounded)', ...table.total]);
  const filterRows = trendCsvFilterRows(filterNames(table.title, result.filters, options), result.filters);
  return {
    filename: trendCsvFilename(id, result.filters, result.values),
    body: toCsv(filterRows, table.head, rows),
  };
}

function filterNames(table: string, filters: TrendFilters, options: FilterOptions) {
  const name = (list: { id: string; name: string }[], id: string | null) =>
    list.find((o) => o.id === id)?.name ?? null;
  return {
    table,
    period: PERIOD_NAMES[filters.period],
    platform: name(options.platforms, filters.platformId),
    harm: name(options.harms, filters.harmCategoryId),
    area: filters.area,
    phase: filters.phase ? (PHASES[filters.phase] ?? filters.phase) : null,
  };
}
