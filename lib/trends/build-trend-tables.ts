import 'server-only';
import type { Db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import {
  BREAKDOWN_COLUMN,
  BREAKDOWN_TITLES,
  BREAKDOWNS,
  isPartition,
  PHASES,
  YEAR_BANDS,
  type Breakdown,
} from './dimensions';
import type { FilterOptions, TrendFilters } from './filters';
import { fillPeriods, periodLabels } from './period-labels';
import { queryPlatformResponses, RESPONSE_ORDER } from './query-platform-responses';
import { queryTrendCells, type TrendRow } from './query-trend-cells';
import { publishAverage, publishCount, publishShare, type PublishedCount } from './suppress';

export interface TrendTableRow {
  label: string;
  cells: string[];
  /** What the chart draws for this row (already suppressed). */
  bar: PublishedCount;
}

/** A dashboard table. Everything in it has passed through suppress.ts: it is safe to show and download. */
export interface TrendTable {
  id: string;
  title: string;
  head: string[];
  rows: TrendTableRow[];
  total?: string[];
  /** What the table counts, when that is not concerns. */
  note?: string;
}

export const TABLE_IDS = ['over-time', ...BREAKDOWNS, 'timing', 'platform-response'] as const;
export type TableId = (typeof TABLE_IDS)[number];

const hours = (seconds: number) => `${(seconds / 3600).toFixed(1)} hours`;
const days = (seconds: number) => `${(seconds / 86_400).toFixed(1)} days`;

function labeller(breakdown: Breakdown, options: FilterOptions): (key: string) => string {
  const names = new Map([...options.platforms, ...options.harms].map((o) => [o.id, o.name]));
  if (breakdown === 'yearBand') return (key) => YEAR_BANDS[Number(key)] ?? key;
  if (breakdown === 'phase') return (key) => PHASES[key] ?? key;
  if (breakdown === 'area') return (key) => key || 'No school given';
  return (key) => names.get(key) ?? 'Unknown';
}

export async function buildTrendTable(
  db: Db,
  partnershipId: string,
  filters: TrendFilters,
  options: FilterOptions,
  id: TableId,
): Promise<TrendTable> {
  const t = getEnv().TRENDS_SUPPRESSION_THRESHOLD;
  const publish = (n: number) => publishCount(n, t);
  if (id === 'platform-response') return platformResponse(db, partnershipId, filters, options, publish);
  if (id === 'over-time' || id === 'timing') {
    const rows = await queryTrendCells(db, partnershipId, filters, filters.period);
    if (id === 'timing') return timing(rows, t, publish);
    // Every period gets its row, 0 when nothing was reported, so the time chart's columns keep time.
    const empty = { key: '', concerns: 0, urgent: 0, opened: 0, openSeconds: 0, closed: 0, closeSeconds: 0 };
    return overTime(
      fillPeriods(periodLabels(filters.period, filters.from, filters.to), rows, empty),
      publish,
    );
  }
  const rows = await queryTrendCells(db, partnershipId, filters, id);
  const label = labeller(id, options);
  const table: TrendTable = {
    id,
    title: BREAKDOWN_TITLES[id],
    head: [BREAKDOWN_COLUMN[id], 'Concerns'],
    rows: rows
      .map((row) => ({ label: label(row.key), bar: publish(row.concerns) }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((row) => ({ ...row, cells: [row.bar.text] })),
  };
  if (isPartition(id)) {
    // The total is a count like any other: rounded, so it cannot be used to work out a hidden cell.
    table.total = [publish(rows.reduce((sum, row) => sum + row.concerns, 0)).text];
  }
  return table;
}

function overTime(rows: TrendRow[], publish: (n: number) => PublishedCount): TrendTable {
  return {
    id: 'over-time',
    title: 'Concerns over time',
    head: ['Period', 'Concerns', 'Urgent', 'Urgent share'],
    rows: rows.map((row) => {
      const all = publish(row.concerns);
      const urgent = publish(row.urgent);
      return { label: row.key, bar: all, cells: [all.text, urgent.text, publishShare(urgent, all)] };
    }),
  };
}

function timing(rows: TrendRow[], t: number, publish: (n: number) => PublishedCount): TrendTable {
  return {
    id: 'timing',
    title: 'How fast concerns were opened and closed',
    head: ['Period', 'Opened', 'Average time to open', 'Closed', 'Average time to close'],
    rows: rows.map((row) => ({
      label: row.key,
      bar: publish(row.opened),
      cells: [
        publish(row.opened).text,
        publishAverage(row.openSeconds, row.opened, t, hours),
        publish(row.closed).text,
        publishAverage(row.closeSeconds, row.closed, t, days),
      ],
    })),
  };
}

const PLATFORM_RESPONSE_TITLE = 'What platforms did when parents reported it to them';
const RESPONSE_HEADS: Record<(typeof RESPONSE_ORDER)[number], string> = {
  REMOVED: 'Took it down',
  NO_REPLY: 'No reply',
  REFUSED: 'Would not act',
  DONT_KNOW: 'Don’t know',
};

/**
 * Platform by answer, each cell suppressed on its own; no totals, so there is nothing to subtract a hidden
 * cell from. The bar is the platform's answers in all, published the same way.
 */
async function platformResponse(
  db: Db,
  partnershipId: string,
  filters: TrendFilters,
  options: FilterOptions,
  publish: (n: number) => PublishedCount,
): Promise<TrendTable> {
  const label = labeller('platform', options);
  const rows = await queryPlatformResponses(db, partnershipId, filters);
  return {
    id: 'platform-response',
    title: PLATFORM_RESPONSE_TITLE,
    head: ['Platform', ...RESPONSE_ORDER.map((r) => RESPONSE_HEADS[r])],
    note: 'Answers parents gave on the follow-up page, one for each app or website they reported it to, for reports sent in these dates. A report about two apps can give two answers.',
    rows: rows
      .map(({ platformId, counts }) => ({
        label: label(platformId),
        bar: publish(RESPONSE_ORDER.reduce((sum, r) => sum + counts[r], 0)),
        cells: RESPONSE_ORDER.map((r) => publish(counts[r]).text),
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

export function tableTitle(id: TableId): string {
  if (id === 'platform-response') return PLATFORM_RESPONSE_TITLE;
  if (id === 'over-time') return 'Concerns over time';
  if (id === 'timing') return 'How fast concerns were opened and closed';
  return BREAKDOWN_TITLES[id];
}

export function isBreakdown(id: TableId): id is Breakdown {
  return (BREAKDOWNS as readonly string[]).includes(id);
}
