// Trends "platform response": what platforms did when parents reported it there, counted by platform and
// answer for the analyst's period and filters, one partnership only, suppressed like every other table.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deleteExpiredConcerns } from '@/lib/retention/delete-expired-concerns';
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

// Retention deletes old concerns with their answers; the trends table must not shrink with them (every
// other trends table keeps deleted concerns' counts in TrendRetired).
describe('after retention has deleted the concerns', () => {
  it('still counts their answers, by period, platform and kind of harm', async () => {
    const owner = (await makePartnership()).id;
    const grooming = await db.harmCategory.create({ data: { slug: 'tpr-grooming', name: 'Grooming' } });
    for (let i = 0; i < 6; i += 1) {
      const concern = await makeConcern({
        partnershipId: owner,
        submittedAt: new Date('2026-10-05T12:00:00Z'),
        status: 'CLOSED',
        closedAt: new Date('2026-10-20T12:00:00Z'),
      });
      await db.concernPlatform.create({ data: { concernId: concern.id, platformId: snap.id } });
      if (i < 5)
        await db.concernHarm.create({ data: { concernId: concern.id, harmCategoryId: grooming.id } });
      await db.concernPlatformResponse.create({
        data: { concernId: concern.id, platformId: snap.id, response: i < 5 ? 'REMOVED' : 'REFUSED' },
      });
    }
    const rows = async (more: Partial<TrendFilters> = {}) =>
      (await buildTrendTable(db, owner, filters(more), options, 'platform-response')).rows.map((r) => [
        r.label,
        ...r.cells,
      ]);
    const before = await rows();
    const beforeByHarm = await rows({ harmCategoryId: grooming.id });
    const beforeByWeek = await rows({ period: 'week' });
    expect(before).toEqual([['Snap', '5', '0', 'fewer than 5', '0']]);

    // Long after the policy's time: every one of them is due.
    while ((await deleteExpiredConcerns(db, owner, new Date('2060-01-01T00:00:00Z'))) > 0);
    expect(await db.concern.count({ where: { partnershipId: owner } })).toBe(0);
    expect(
      await db.concernPlatformResponse.count({
        where: { concernPlatform: { concern: { partnershipId: owner } } },
      }),
    ).toBe(0);

    expect(await rows()).toEqual(before);
    expect(await rows({ harmCategoryId: grooming.id })).toEqual(beforeByHarm);
    expect(await rows({ period: 'week' })).toEqual(beforeByWeek);
    // Outside the period, and for another partnership, they count nowhere.
    expect(
      await rows({ from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') }),
    ).toEqual([]);
    expect(
      (await buildTrendTable(db, other, filters(), options, 'platform-response')).rows.map((r) => r.label),
    ).toEqual(['Snap']);
  });
});
