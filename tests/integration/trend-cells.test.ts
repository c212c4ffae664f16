// TrendCell must always equal the naive GROUP BY over concerns, whatever is written, changed or deleted.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { BREAKDOWNS } from '@/lib/trends/dimensions';
import type { TrendFilters } from '@/lib/trends/filters';
import { naiveTrendQuery } from '@/lib/trends/naive-trend-query';
import { queryTrendCells, type TrendKey } from '@/lib/trends/query-trend-cells';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

const db = getDb();
let partnershipId: string;
let platforms: [string, string, string];
let harms: [string, string];
let schools: string[];

const base: TrendFilters = {
  from: new Date('2025-01-01T00:00:00Z'),
  to: new Date('2026-12-31T00:00:00Z'),
  period: 'week',
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
};

async function expectExact(filters: TrendFilters = base) {
  for (const by of ['week', 'month', ...BREAKDOWNS] as TrendKey[]) {
    const fast = await queryTrendCells(db, partnershipId, filters, by);
    const naive = await naiveTrendQuery(db, partnershipId, filters, by);
    expect(fast, `by ${by}`).toEqual(naive);
  }
}

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  const made = await Promise.all(
    ['Omegle', 'Snapchat', 'Roblox'].map((name, i) =>
      db.platform.create({
        data: { slug: `tc-${i}`, name: `${name} tc`, closedOn: i === 0 ? new Date('2023-11-08') : null },
      }),
    ),
  );
  platforms = made.map((p) => p.id) as typeof platforms;
  harms = (
    await Promise.all(
      ['Sexual images', 'Asked for pictures'].map((name, i) =>
        db.harmCategory.create({ data: { slug: `tc-h${i}`, name: `${name} tc` } }),
      ),
    )
  ).map((h) => h.id) as typeof harms;
  schools = [
    (await makeSchool(partnershipId, { town: 'Millbrook', phase: 'PRIMARY' })).id,
    (await makeSchool(partnershipId, { town: null, localAuthority: 'Testshire', phase: 'SECONDARY' })).id,
  ];
});

describe('TrendCell', () => {
  it('equals the naive GROUP BY after inserts, status changes, edits and deletions', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const concern = await makeConcern({
        partnershipId,
        schoolId: i % 5 === 0 ? null : schools[i % 2],
        route: i % 5 === 0 ? 'FRONT_DOOR' : 'SCHOOL',
        urgent: i % 7 === 0,
        childYear: i % 3 === 0 ? null : i % 14,
        childAge: i % 6 === 0 ? null : 5 + (i % 12),
        submittedAt: new Date(Date.UTC(2026, i % 6, 1 + ((i * 3) % 27), i % 24)),
      });
      ids.push(concern.id);
      await db.concernPlatform.createMany({
        data: platforms
          .filter((_, p) => (i + p) % 3 !== 0)
          .map((platformId) => ({ concernId: concern.id, platformId })),
      });
      if (i % 4 !== 0) {
        await db.concernHarm.createMany({
          data: harms
            .slice(0, 1 + (i % 2))
            .map((harmCategoryId) => ({ concernId: concern.id, harmCategoryId })),
        });
      }
    }
    await expectExact();

    for (const [n, id] of ids.slice(0, 15).entries()) {
      const submitted = (await db.concern.findUniqueOrThrow({ where: { id } })).submittedAt;
      await db.concern.update({
        where: { id },
        data: {
          status: n % 2 ? 'CLOSED' : 'OPENED',
          firstOpenedAt: new Date(submitted.getTime() + 3_600_000 * (n + 1)),
          closedAt: n % 2 ? new Date(submitted.getTime() + 86_400_000 * (n + 1)) : null,
          urgent: n % 3 === 0,
        },
      });
    }
    await db.concernPlatform.deleteMany({
      where: { concernId: { in: ids.slice(10, 20) }, platformId: platforms[1] },
    });
    await db.concernHarm.createMany({
      data: ids.slice(20, 25).map((concernId) => ({ concernId, harmCategoryId: harms[1] })),
      skipDuplicates: true,
    });
    await db.concern.deleteMany({ where: { id: { in: ids.slice(30, 36) } } });
    await db.school.update({ where: { id: schools[0] }, data: { town: 'Kingsmere' } });
    await expectExact();
    await expectExact({ ...base, platformId: platforms[0], harmCategoryId: harms[0] });
    await expectExact({ ...base, area: 'Kingsmere', from: new Date('2026-02-01T00:00:00Z') });
    await expectExact({ ...base, phase: 'NONE', to: new Date('2026-04-15T00:00:00Z') });
  });

  it('keeps a closed platform (Omegle) in the trends', async () => {
    const rows = await queryTrendCells(db, partnershipId, base, 'platform');
    expect(rows.find((r) => r.key === platforms[0])?.concerns).toBeGreaterThan(0);
  });

  it('holds no rows with a zero count once everything is deleted', async () => {
    await db.concern.deleteMany({ where: { partnershipId } });
    expect(await db.trendCell.count({ where: { partnershipId } })).toBe(0);
    expect(await db.trendMember.count({ where: { partnershipId } })).toBe(0);
  });
});
