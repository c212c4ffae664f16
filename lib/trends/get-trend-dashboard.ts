import 'server-only';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getDb } from '@/lib/db';
import { buildTrendTable, TABLE_IDS, type TableId } from './build-trend-tables';
import { toCsv, trendCsvFilename, trendCsvFilterRows } from './csv';
import { PERIOD_NAMES, PHASES } from './dimensions';
import { parseTrendFilters, type FilterOptions, type TrendFilters } from './filters';
import { loadFilterOptions } from './load-filter-options';
import { readTrendDashboard, type TrendDashboard, type TrendQuery } from './read-trend-dashboard';

/** Partnership staff only, for their own partnership; everyone else gets "not found" (or sign-in). */
async function csvContext(query: TrendQuery) {
  const { partnershipId } = await requirePartnership('trends.read');
  const db = getDb();
  const options = await loadFilterOptions(db, partnershipId);
  return { db, partnershipId, options, result: parseTrendFilters(query, options, new Date()) };
}

/** The dashboard of the signed-in member of staff's own partnership ("not found" for anyone else). */
export async function getTrendDashboard(query: TrendQuery): Promise<TrendDashboard> {
  const { partnershipId } = await requirePartnership('trends.read');
  return readTrendDashboard(partnershipId, query);
}

/** The CSV of exactly one dashboard table, or null when the filters or table name are not valid. */
export async function getTrendCsv(query: TrendQuery): Promise<{ filename: string; body: string } | null> {
  const { db, partnershipId, options, result } = await csvContext(query);
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
