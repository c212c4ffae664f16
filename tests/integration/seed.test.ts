import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { DEMO_CONCERN_COUNT, seedDemo } from '@/lib/demo/seed-demo';
import { DEMO_RECEIPT, DEMO_SCHOOLS, DEMO_STAFF } from '@/lib/demo/demo-reference-data';
import {
  DEMO_HOSTS,
  SOUTHVALE_CONCERN_COUNT,
  SOUTHVALE_SCHOOLS,
  SOUTHVALE_STAFF,
} from '@/lib/demo/demo-southvale';
import { receiptMatches } from '@/lib/concerns/receipt-hash';

async function counts() {
  const db = getDb();
  return {
    partnerships: await db.partnership.count(),
    hosts: await db.partnershipHost.count(),
    schools: await db.school.count(),
    staff: await db.staffUser.count(),
    memberships: await db.membership.count(),
    platforms: await db.platform.count(),
    harms: await db.harmCategory.count(),
    concerns: await db.concern.count(),
    events: await db.concernEvent.count(),
    messages: await db.message.count(),
    links: (await db.concernPlatform.count()) + (await db.concernHarm.count()),
  };
}

describe('demo seed', { timeout: 180_000 }, () => {
  it('fills every screen with fictional data, and a second run changes nothing', async () => {
    const first = await seedDemo(getDb());
    expect(first.concernsAdded).toBe(DEMO_CONCERN_COUNT + SOUTHVALE_CONCERN_COUNT);
    const after = await counts();
    expect(after.partnerships).toBe(2);
    expect(after.schools).toBe(DEMO_SCHOOLS.length + SOUTHVALE_SCHOOLS.length);
    // Both partnerships' staff, and the service operator.
    expect(after.staff).toBe(DEMO_STAFF.length + SOUTHVALE_STAFF.length + 1);
    expect(await getDb().serviceOperator.count()).toBe(1);
    expect(after.concerns).toBe(DEMO_CONCERN_COUNT + SOUTHVALE_CONCERN_COUNT);
    expect(after.hosts).toBe(Object.values(DEMO_HOSTS).flat().length);
    expect(after.events).toBeGreaterThan(DEMO_CONCERN_COUNT * 2);

    const second = await seedDemo(getDb());
    expect(second.concernsAdded).toBe(0);
    expect(await counts()).toEqual(after);
  });

  it('keeps a closed platform valid in old concerns, and leaves no concern without its chronology', async () => {
    const db = getDb();
    const omegle = await db.platform.findUniqueOrThrow({ where: { slug: 'omegle' } });
    expect(omegle.closedOn?.toISOString().slice(0, 10)).toBe('2023-11-08');
    expect(await db.concernPlatform.count({ where: { platformId: omegle.id } })).toBeGreaterThan(0);
    expect(await db.concern.count({ where: { events: { none: {} } } })).toBe(0);
    const statuses = await db.concern.groupBy({ by: ['status'], _count: true });
    expect(statuses).toHaveLength(6);
    const unrouted = await db.concern.count({ where: { route: 'FRONT_DOOR', schoolId: null } });
    expect(unrouted).toBeGreaterThan(0);
  });

  it('stores the demo receipt only as a slow hash', async () => {
    const concern = await getDb().concern.findFirstOrThrow();
    expect(concern.receiptHash).toMatch(/^\$argon2id\$/);
    expect(concern.receiptHash).not.toContain(DEMO_RECEIPT);
    expect(await receiptMatches(concern.receiptHash, DEMO_RECEIPT)).toBe(true);
    expect(await receiptMatches(concern.receiptHash, 'BBBB-BBBB-BBBB-BBBB')).toBe(false);
  });
});

describe('the second demo partnership', { timeout: 180_000 }, () => {
  it('keeps its schools, staff and concerns to itself, at its own address', async () => {
    const db = getDb();
    await seedDemo(db);
    const southvale = await db.partnership.findUniqueOrThrow({ where: { slug: 'southvale' } });
    const hosts = await db.partnershipHost.findMany({ orderBy: { hostname: 'asc' } });
    expect(hosts.filter((h) => h.partnershipId === southvale.id).map((h) => h.hostname)).toEqual([
      'southvale.localhost',
    ]);
    expect(await db.concern.count({ where: { partnershipId: southvale.id } })).toBe(SOUTHVALE_CONCERN_COUNT);
    // Every Southvale concern is at a Southvale school or its front door, never at a Northshire school.
    expect(
      await db.concern.count({
        where: { partnershipId: southvale.id, school: { partnershipId: { not: southvale.id } } },
      }),
    ).toBe(0);
    const memberships = await db.membership.findMany({
      where: { user: { email: { endsWith: '@southvale.example' } } },
      select: { partnershipId: true, school: { select: { partnershipId: true } } },
    });
    expect(memberships).toHaveLength(SOUTHVALE_STAFF.length);
    for (const m of memberships) {
      expect(m.partnershipId).toBe(southvale.id);
      if (m.school) expect(m.school.partnershipId).toBe(southvale.id);
    }
  });
});
