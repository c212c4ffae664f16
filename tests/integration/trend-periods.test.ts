// Months, quarters and years on the trends dashboard are exact calendar periods in UK time, even when a
// week straddles two months or a clock change moves midnight. TrendCell must agree with the naive GROUP BY
// and both must put each concern where a person reading a calendar in the UK would.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { BREAKDOWNS, type Period } from '@/lib/trends/dimensions';
import type { TrendFilters } from '@/lib/trends/filters';
import { naiveTrendQuery } from '@/lib/trends/naive-trend-query';
import { queryTrendCells, type TrendKey } from '@/lib/trends/query-trend-cells';
import { makeConcern, makePartnership } from '../support/factories';

const db = getDb();
let partnershipId: string;

/** UTC instants, each with the UK calendar day it falls on. */
const EDGES: [string, string][] = [
  ['2026-03-28T23:30:00Z', '2026-03-28'], // Saturday 23:30 GMT, the night before clocks go forward
  ['2026-03-29T00:30:00Z', '2026-03-29'], // 00:30 GMT on the Sunday clocks go forward
  ['2026-03-29T23:30:00Z', '2026-03-30'], // 00:30 BST on the Monday after: a new week in the UK
  ['2026-03-31T23:30:00Z', '2026-04-01'], // 00:30 BST on 1 April: April and Q2 in the UK, March in UTC
  ['2026-09-30T23:30:00Z', '2026-10-01'], // 00:30 BST on 1 October: Q4
  ['2026-10-24T23:30:00Z', '2026-10-25'], // 00:30 BST on the Sunday clocks go back
  ['2026-10-25T23:30:00Z', '2026-10-25'], // 23:30 GMT on that Sunday: still the same week
  ['2026-10-31T23:30:00Z', '2026-10-31'], // 23:30 GMT on 31 October
  ['2026-11-30T23:30:00Z', '2026-11-30'], // 23:30 on Monday 30 November: its week runs into December
  ['2026-12-01T00:30:00Z', '2026-12-01'], // 00:30 on Tuesday 1 December, same week
  ['2026-12-15T12:00:00Z', '2026-12-15'],
  ['2026-12-31T23:30:00Z', '2026-12-31'], // 23:30 on Thursday 31 December: its week runs into 2027
  ['2027-01-01T00:30:00Z', '2027-01-01'], // 00:30 on 1 January, same week
];

const filters = (from: string, to: string, period: Period): TrendFilters => ({
  from: new Date(`${from}T00:00:00Z`),
  to: new Date(`${to}T00:00:00Z`),
  period,
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
});

/** Concerns per period, counted from the UK calendar days above: what the dashboard must show. */
function expected(period: Period, from: string, to: string): { key: string; concerns: number }[] {
  const counts = new Map<string, number>();
  for (const [, day] of EDGES) {
    const key = label(period, day);
    if (key < label(period, from) || key > label(period, to)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, concerns]) => ({ key, concerns }));
}

function label(period: Period, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (period === 'week') {
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  if (period === 'month') return day.slice(0, 7);
  if (period === 'quarter') return `${day.slice(0, 4)} Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
  return day.slice(0, 4);
}

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  for (const [submittedAt] of EDGES) await makeConcern({ partnershipId, submittedAt: new Date(submittedAt) });
});

describe('trend periods', () => {
  it('shows December by month as one row, 2026-12, holding exactly the December concerns', async () => {
    const rows = await queryTrendCells(
      db,
      partnershipId,
      filters('2026-12-01', '2026-12-31', 'month'),
      'month',
    );
    expect(rows.map((r) => [r.key, r.concerns])).toEqual([['2026-12', 3]]);
  });

  it.each(['week', 'month', 'quarter', 'year'] as Period[])(
    'counts each concern in its UK calendar %s, as the naive GROUP BY does',
    async (period) => {
      for (const [from, to] of [
        ['2026-01-01', '2027-12-31'],
        ['2026-04-01', '2026-06-30'],
        ['2026-10-01', '2026-12-31'],
        ['2026-12-01', '2026-12-31'],
        ['2026-11-15', '2027-01-01'],
      ] as const) {
        const range = filters(from, to, period);
        const fast = await queryTrendCells(db, partnershipId, range, period);
        expect(
          fast.map(({ key, concerns }) => ({ key, concerns })),
          `${period} ${from}..${to}`,
        ).toEqual(expected(period, from, to));
        for (const by of [period, ...BREAKDOWNS] as TrendKey[]) {
          const naive = await naiveTrendQuery(db, partnershipId, range, by);
          expect(await queryTrendCells(db, partnershipId, range, by), `${by} ${from}..${to}`).toEqual(naive);
        }
      }
    },
  );

  it('labels quarters "2026 Q4" and years "2026"', async () => {
    const range = filters('2026-01-01', '2027-12-31', 'quarter');
    expect((await queryTrendCells(db, partnershipId, range, 'quarter')).map((r) => r.key)).toEqual([
      '2026 Q1',
      '2026 Q2',
      '2026 Q4',
      '2027 Q1',
    ]);
    const years = await queryTrendCells(db, partnershipId, { ...range, period: 'year' }, 'year');
    expect(years.map((r) => [r.key, r.concerns])).toEqual([
      ['2026', 12],
      ['2027', 1],
    ]);
  });
});
