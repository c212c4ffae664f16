// The trends page's headline: the chosen span of whole periods against the span of the same length just
// before it, from TrendCell (and, for schools, the concerns), for one partnership only.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { Period } from '@/lib/trends/dimensions';
import type { TrendFilters } from '@/lib/trends/filters';
import { queryTrendCells } from '@/lib/trends/query-trend-cells';
import { queryTrendHeadline } from '@/lib/trends/query-trend-headline';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

const db = getDb();
let partnershipId: string;
let snap: string;
let disc: string;
let harm: string;

const filters = (
  from: string,
  to: string,
  period: Period,
  more: Partial<TrendFilters> = {},
): TrendFilters => ({
  from: new Date(`${from}T00:00:00Z`),
  to: new Date(`${to}T00:00:00Z`),
  period,
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
  ...more,
});

async function report(at: string, platformIds: string[], more: { urgent?: boolean; schoolId?: string } = {}) {
  const concern = await makeConcern({ partnershipId, submittedAt: new Date(at), ...more });
  await db.concernPlatform.createMany({
    data: platformIds.map((platformId) => ({ concernId: concern.id, platformId })),
  });
  await db.concernHarm.create({ data: { concernId: concern.id, harmCategoryId: harm } });
}

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  const made = await Promise.all(
    ['Snap', 'Disc'].map((name) => db.platform.create({ data: { slug: `th-${name}`, name } })),
  );
  [snap, disc] = made.map((p) => p.id) as [string, string];
  harm = (await db.harmCategory.create({ data: { slug: 'th-harm', name: 'Th harm' } })).id;
  const [a, b] = [(await makeSchool(partnershipId)).id, (await makeSchool(partnershipId)).id];
  // Previous span (June to August): 3 concerns, 1 urgent, 1 school.
  await report('2026-06-10T12:00:00Z', [snap], { schoolId: a, urgent: true });
  await report('2026-07-10T12:00:00Z', [snap, disc], { schoolId: a });
  await report('2026-08-31T22:30:00Z', [disc]); // 23:30 on 31 August in the UK
  // Chosen span (September to November): 5 concerns, 2 urgent, 2 schools.
  await report('2026-08-31T23:30:00Z', [snap], { schoolId: b, urgent: true }); // 00:30 on 1 September
  await report('2026-09-20T12:00:00Z', [snap, disc], { schoolId: a });
  await report('2026-10-05T12:00:00Z', [snap], { schoolId: b });
  await report('2026-11-02T12:00:00Z', [snap], { urgent: true });
  await report('2026-11-30T12:00:00Z', [disc]);
  // Outside both spans, and another partnership's concern inside: never counted.
  await report('2026-05-31T12:00:00Z', [snap]);
  await report('2026-12-01T12:00:00Z', [snap]);
  await makeConcern({ submittedAt: new Date('2026-10-01T12:00:00Z') });
});

describe('trend headline', () => {
  it('counts the chosen whole months against the same number of months before', async () => {
    const counts = await queryTrendHeadline(db, partnershipId, filters('2026-09-15', '2026-11-10', 'month'));
    expect(counts.span).toEqual({
      first: new Date('2026-09-01T00:00:00Z'),
      after: new Date('2026-12-01T00:00:00Z'),
      previous: new Date('2026-06-01T00:00:00Z'),
    });
    expect(counts.concerns).toEqual({ now: 5, before: 3 });
    expect(counts.urgent).toEqual({ now: 2, before: 1 });
    expect(counts.schools).toEqual({ now: 2, before: 1 });
    expect(counts.platforms.get(snap)).toEqual({ now: 4, before: 2 });
    expect(counts.platforms.get(disc)).toEqual({ now: 2, before: 2 });
    expect(counts.harms.get(harm)).toEqual({ now: 5, before: 3 });
  });

  it('agrees with the time chart: the chosen total is the sum of its periods', async () => {
    const range = filters('2026-09-15', '2026-11-10', 'month');
    const periods = await queryTrendCells(db, partnershipId, range, 'month');
    const counts = await queryTrendHeadline(db, partnershipId, range);
    expect(periods.reduce((sum, row) => sum + row.concerns, 0)).toBe(counts.concerns.now);
  });

  it('goes back as many weeks, quarters or years as were chosen', async () => {
    const weeks = await queryTrendHeadline(db, partnershipId, filters('2026-11-04', '2026-11-30', 'week'));
    expect(weeks.span).toEqual({
      first: new Date('2026-11-02T00:00:00Z'),
      after: new Date('2026-12-07T00:00:00Z'),
      previous: new Date('2026-09-28T00:00:00Z'),
    });
    expect(weeks.concerns).toEqual({ now: 3, before: 1 });
    const quarter = await queryTrendHeadline(
      db,
      partnershipId,
      filters('2026-10-01', '2026-10-01', 'quarter'),
    );
    expect(quarter.span.previous).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(quarter.concerns).toEqual({ now: 4, before: 4 });
    const year = await queryTrendHeadline(db, partnershipId, filters('2026-01-01', '2026-12-31', 'year'));
    expect(year.span.previous).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(year.concerns).toEqual({ now: 10, before: 0 });
  });

  it('keeps to the chosen platform, for concerns and schools alike', async () => {
    const counts = await queryTrendHeadline(
      db,
      partnershipId,
      filters('2026-09-01', '2026-11-30', 'month', { platformId: disc }),
    );
    expect(counts.concerns).toEqual({ now: 2, before: 2 });
    expect(counts.schools).toEqual({ now: 1, before: 1 });
    expect([...counts.platforms.keys()]).toEqual([disc]);
  });

  it('gives the span and zeros when nothing was reported', async () => {
    const empty = (await makePartnership()).id;
    const counts = await queryTrendHeadline(db, empty, filters('2026-09-01', '2026-11-30', 'month'));
    expect(counts.span.first).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(counts.concerns).toEqual({ now: 0, before: 0 });
    expect(counts.schools).toEqual({ now: 0, before: 0 });
    expect(counts.platforms.size).toBe(0);
  });
});
