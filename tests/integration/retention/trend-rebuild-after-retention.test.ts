// The trends keep counting concerns the retention job deleted, and trend_rebuild() (bulk loads, repair)
// must agree: it rebuilds TrendCell from the concerns still held plus TrendRetired, which holds what the
// deleted ones added, as counts only.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { runRetention } from '@/lib/retention/run-retention';
import { BREAKDOWNS } from '@/lib/trends/dimensions';
import type { TrendFilters } from '@/lib/trends/filters';
import { queryTrendCells, type TrendKey, type TrendRow } from '@/lib/trends/query-trend-cells';
import { makeConcern, makePartnership, makeSchool } from '../../support/factories';

const db = getDb();
const NOW = new Date('2026-03-10T02:00:00Z');
const HOUR = 3_600_000;
let partnershipId: string;
let platforms: string[];
let harms: string[];
let schools: (string | null)[];

const filters: TrendFilters = {
  from: new Date('2010-01-01T00:00:00Z'),
  to: new Date('2026-12-31T00:00:00Z'),
  period: 'week',
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
};

/** Every dashboard table, and every TrendCell row with all its columns. */
async function dashboard() {
  const tables: Partial<Record<TrendKey, TrendRow[]>> = {};
  for (const by of ['week', 'month', ...BREAKDOWNS] as TrendKey[])
    tables[by] = await queryTrendCells(db, partnershipId, filters, by);
  const rows = await db.trendCell.findMany({ where: { partnershipId } });
  const cells = rows.map((c) => Object.values(c).map(String).join('|')).sort();
  return { tables, cells };
}

const total = (rows: TrendRow[] = []) => rows.reduce((sum, r) => sum + r.concerns, 0);
const countFor = (rows: TrendRow[] = [], key: string) => rows.find((r) => r.key === key)?.concerns ?? 0;

async function rebuild() {
  await db.$executeRaw`SELECT trend_rebuild()`;
}

async function runUntilDone() {
  let deleted = 0;
  for (let i = 0; i < 20; i++) {
    const run = await runRetention(db, NOW, { concerns: 5 });
    deleted += run.concerns;
    if (!run.more) return deleted;
  }
  throw new Error('retention never finished');
}

/** Concerns with the same i share every trend dimension, so live and deleted ones fill the same cells. */
async function addConcern(i: number, state: 'due' | 'open' | 'recent') {
  const submittedAt = new Date(Date.UTC(2012 + (i % 5), (i * 5) % 12, 3 + (i % 20), 10));
  const closedAt =
    state === 'due'
      ? new Date(submittedAt.getTime() + (i + 2) * 24 * HOUR)
      : state === 'recent'
        ? new Date('2025-06-01T00:00:00Z')
        : null;
  const concern = await makeConcern({
    partnershipId,
    submittedAt,
    schoolId: schools[i % 3],
    route: schools[i % 3] ? 'SCHOOL' : 'FRONT_DOOR',
    urgent: i % 4 === 0,
    // Age 16 in 2012–2016: 25 by 2025. Unknown age: 7 years after closing (a recent closing keeps it).
    childAge: i % 3 === 0 && state !== 'recent' ? 16 : null,
    firstOpenedAt: i % 5 === 4 ? null : new Date(submittedAt.getTime() + (i + 1) * HOUR),
    status: closedAt ? 'CLOSED' : 'OPENED',
    closedAt,
  });
  const concernId = concern.id;
  await db.concernPlatform.createMany({
    data: platforms.filter((_, p) => (i + p) % 3 !== 0).map((platformId) => ({ concernId, platformId })),
  });
  const named = i % 4 === 0 ? [] : harms.slice(0, 1 + (i % 2));
  await db.concernHarm.createMany({ data: named.map((harmCategoryId) => ({ concernId, harmCategoryId })) });
  return concern;
}

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  platforms = await Promise.all(
    [0, 1, 2].map(async (i) => (await db.platform.create({ data: { slug: `rr-${i}`, name: `RR ${i}` } })).id),
  );
  harms = await Promise.all(
    [0, 1].map(
      async (i) => (await db.harmCategory.create({ data: { slug: `rr-h${i}`, name: `RRH ${i}` } })).id,
    ),
  );
  const primary = await makeSchool(partnershipId, { town: 'Millbrook', phase: 'PRIMARY' });
  const secondary = await makeSchool(partnershipId, {
    town: null,
    localAuthority: 'Testshire',
    phase: 'SECONDARY',
  });
  schools = [primary.id, secondary.id, null];
});

describe('trend_rebuild() after the retention job', () => {
  it('keeps the counts of deleted concerns, in the job and in a rebuild', async () => {
    for (let i = 0; i < 12; i++) await addConcern(i, 'due');
    for (const i of [0, 2, 4, 6, 8, 10]) await addConcern(i, 'open');
    for (const i of [1, 5]) await addConcern(i, 'recent');
    const before = await dashboard();
    expect(total(before.tables.week)).toBe(20);

    expect(await runUntilDone()).toBe(12);
    expect(await db.concern.count({ where: { partnershipId } })).toBe(8);
    expect(await dashboard()).toEqual(before);

    await rebuild();
    expect(await dashboard()).toEqual(before);
    // Again: nothing is due, nothing is added twice.
    expect(await runUntilDone()).toBe(0);
    await rebuild();
    expect(await dashboard()).toEqual(before);
  });

  it('counts concerns added and deleted after a rebuild on top of what was retired', async () => {
    const before = await dashboard();
    const added = await addConcern(3, 'open'); // the same cells as a concern deleted above
    const withNew = await dashboard();
    expect(total(withNew.tables.week)).toBe(total(before.tables.week) + 1);
    expect(countFor(withNew.tables.platform, platforms[1]!)).toBe(
      countFor(before.tables.platform, platforms[1]!) + 1,
    );
    expect(countFor(withNew.tables.platform, platforms[0]!)).toBe(
      countFor(before.tables.platform, platforms[0]!),
    );
    await rebuild();
    expect(await dashboard()).toEqual(withNew);

    // Closed, then deleted by retention: still counted, as closed, before and after a rebuild.
    await db.concern.update({
      where: { id: added.id },
      data: { status: 'CLOSED', closedAt: new Date(added.submittedAt.getTime() + 48 * HOUR) },
    });
    const closed = await dashboard();
    expect(closed).not.toEqual(withNew);
    expect(await runUntilDone()).toBe(1);
    expect(await dashboard()).toEqual(closed);
    await rebuild();
    expect(await dashboard()).toEqual(closed);

    // A concern removed any other way (not by retention) leaves the trends, and a rebuild agrees.
    const other = await db.concern.findFirstOrThrow({ where: { partnershipId } });
    await db.concern.delete({ where: { id: other.id } });
    const afterDelete = await dashboard();
    expect(total(afterDelete.tables.week)).toBe(total(closed.tables.week) - 1);
    await rebuild();
    expect(await dashboard()).toEqual(afterDelete);
  });

  it('keeps deleted concerns as counts only: TrendRetired has exactly the columns of TrendCell', async () => {
    const columns = (table: string) => db.$queryRaw<{ name: string; type: string }[]>`
      SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`;
    expect(await columns('TrendRetired')).toEqual(await columns('TrendCell'));
    expect(await db.trendRetired.count({ where: { partnershipId } })).toBeGreaterThan(0);
  });
});
