// Trends "platform response": what platforms did when parents reported it there, counted by platform and
// answer for the analyst's period and filters, one partnership only, suppressed like every other table.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { buildTrendTable, TABLE_IDS } from '@/lib/trends/build-trend-tables';
import { toCsv } from '@/lib/trends/csv';
import type { FilterOptions, TrendFilters } from '@/lib/trends/filters';
import type { PlatformResponse } from '@/lib/generated/prisma/enums';
import { makeConcern, makePartnership } from '../support/factories';

const db = getDb();
let partnershipId: string;
let other: string;
let snap: { id: string; slug: string; name: string };
let formula: { id: string; slug: string; name: string };
let options: FilterOptions;

const filters = (more: Partial<TrendFilters> = {}): TrendFilters => ({
  from: new Date('2026-09-01T00:00:00Z'),
  to: new Date('2026-11-30T00:00:00Z'),
  period: 'month',
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
  ...more,
});

async function answered(owner: string, at: string, platformId: string, response: PlatformResponse) {
  const concern = await makeConcern({ partnershipId: owner, submittedAt: new Date(at) });
  await db.concernPlatform.create({ data: { concernId: concern.id, platformId } });
  await db.concernPlatformResponse.create({ data: { concernId: concern.id, platformId, response } });
}

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  other = (await makePartnership()).id;
  snap = await db.platform.create({ data: { slug: 'tpr-snap', name: 'Snap' } });
  formula = await db.platform.create({ data: { slug: 'tpr-formula', name: '=HYPERLINK("x")' } });
  options = { platforms: [snap, formula], harms: [], areas: [] };
  for (let i = 0; i < 7; i += 1) await answered(partnershipId, '2026-10-01T12:00:00Z', snap.id, 'REMOVED');
  for (let i = 0; i < 2; i += 1) await answered(partnershipId, '2026-10-02T12:00:00Z', snap.id, 'NO_REPLY');
  for (let i = 0; i < 5; i += 1) await answered(partnershipId, '2026-11-03T12:00:00Z', formula.id, 'REFUSED');
  // Outside the period, and another partnership's answers inside it: never counted.
  for (let i = 0; i < 5; i += 1) await answered(partnershipId, '2026-06-01T12:00:00Z', snap.id, 'REFUSED');
  for (let i = 0; i < 5; i += 1) await answered(other, '2026-10-01T12:00:00Z', snap.id, 'DONT_KNOW');
  // A concern about Snap with no answer yet counts nowhere.
  const silent = await makeConcern({ partnershipId, submittedAt: new Date('2026-10-04T12:00:00Z') });
  await db.concernPlatform.create({ data: { concernId: silent.id, platformId: snap.id } });
});

describe('the platform response table', () => {
  it('is one of the dashboard’s tables, so it has its CSV', () => {
    expect(TABLE_IDS).toContain('platform-response');
  });

  it('counts answers by platform and answer in the period, small numbers hidden and the rest rounded', async () => {
    const table = await buildTrendTable(db, partnershipId, filters(), options, 'platform-response');
    expect(table.head).toEqual(['Platform', 'Took it down', 'No reply', 'Would not act', 'Don’t know']);
    expect(table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['=HYPERLINK("x")', '0', '0', '5', '0'],
      ['Snap', '5', 'fewer than 5', '0', '0'],
    ]);
    // No totals: nothing to subtract a hidden cell from.
    expect(table.total).toBeUndefined();
  });

  it('follows the platform filter', async () => {
    const table = await buildTrendTable(
      db,
      partnershipId,
      filters({ platformId: formula.id }),
      options,
      'platform-response',
    );
    expect(table.rows.map((r) => r.label)).toEqual(['=HYPERLINK("x")']);
  });

  it('writes a CSV whose cells cannot run as formulas', async () => {
    const table = await buildTrendTable(db, partnershipId, filters(), options, 'platform-response');
    const csv = toCsv(
      [],
      table.head,
      table.rows.map((r) => [r.label, ...r.cells]),
    );
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain('fewer than 5');
  });
});
