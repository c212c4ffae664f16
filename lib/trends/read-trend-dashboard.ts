import 'server-only';
import { getDb } from '@/lib/db';
import { buildTrendTable, TABLE_IDS, type TrendTable } from './build-trend-tables';
import { buildTrendHeadline, type TrendHeadline } from './build-trend-headline';
import { describeFlag } from './describe-flag';
import { parseTrendFilters, type FilterOptions, type FilterResult } from './filters';
import { loadFilterOptions } from './load-filter-options';

export type TrendQuery = Record<string, string | string[] | undefined>;

export interface TrendDashboard {
  options: FilterOptions;
  result: FilterResult;
  /** Null when the filters cannot be used. */
  headline: TrendHeadline | null;
  tables: TrendTable[];
  flags: { id: string; text: string; raisedAt: Date }[];
}

/**
 * The trends page's data for one partnership, which the caller has resolved from a membership
 * (getTrendDashboard; the scale bench times this, the page's own work, without a session).
 */
export async function readTrendDashboard(partnershipId: string, query: TrendQuery): Promise<TrendDashboard> {
  const db = getDb();
  const options = await loadFilterOptions(db, partnershipId);
  const result = parseTrendFilters(query, options, new Date());
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
