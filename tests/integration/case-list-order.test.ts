import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { CASES_PER_PAGE, listCases } from '@/lib/cases/list-cases';
import { getDb } from '@/lib/db';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

// The case list's order and its "Unread message" flags, over more than two pages of one school's cases.
const HOUR = 3_600_000;
let dsl: SessionUser;
let expected: { reference: string; unread: number }[];

beforeAll(async () => {
  const p = await makePartnership();
  const school = (await makeSchool(p.id)).id;
  const other = (await makeSchool(p.id)).id;
  const now = Date.now();
  const made: { reference: string; urgent: boolean; opened: boolean; at: number; unread: number }[] = [];
  for (let i = 0; i < 2 * CASES_PER_PAGE + 7; i += 1) {
    const opened = i % 5 !== 0;
    const urgent = i % 7 === 0;
    // Some share a last-activity time, so the tie-break (id) is exercised too.
    const at = now - Math.floor(i / 3) * HOUR;
    const concern = await makeConcern({
      partnershipId: p.id,
      schoolId: school,
      route: 'SCHOOL',
      urgent,
      firstOpenedAt: opened ? new Date(at - HOUR) : null,
      lastActivityAt: new Date(at),
    });
    // Every fourth case has two unread reporter messages; every sixth one already read, plus a staff one.
    let unread = 0;
    if (i % 4 === 0) {
      unread = 2;
      for (const body of ['One more thing.', 'And another.'])
        await getDb().message.create({ data: { concernId: concern.id, author: 'REPORTER', body } });
    }
    if (i % 6 === 0) {
      await getDb().message.create({
        data: { concernId: concern.id, author: 'REPORTER', body: 'Seen already.', readAt: new Date() },
      });
      await getDb().message.create({ data: { concernId: concern.id, author: 'STAFF', body: 'Thank you.' } });
    }
    made.push({ reference: concern.reference, urgent, opened, at, unread });
  }
  // Another school's unread message must not count here.
  const elsewhere = await makeConcern({ partnershipId: p.id, schoolId: other, route: 'SCHOOL' });
  await getDb().message.create({ data: { concernId: elsewhere.id, author: 'REPORTER', body: 'Other.' } });
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school }]);
  const ids = new Map(
    (
      await getDb().concern.findMany({
        where: { reference: { in: made.map((m) => m.reference) } },
        select: { id: true, reference: true },
      })
    ).map((c) => [c.reference, c.id]),
  );
  const byActivity = (a: (typeof made)[number], b: (typeof made)[number]) =>
    b.at - a.at || (ids.get(a.reference)! < ids.get(b.reference)! ? -1 : 1);
  expected = [
    ...made.filter((m) => !m.opened).sort((a, b) => Number(b.urgent) - Number(a.urgent) || byActivity(a, b)),
    ...made.filter((m) => m.opened).sort(byActivity),
  ].map((m) => ({ reference: m.reference, unread: m.unread }));
});

describe('the case list', () => {
  it('puts unopened cases first (urgent ones first), then the rest by last activity, page after page', async () => {
    const seen: { reference: string; unread: number }[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const list = await listCases(dsl, { page });
      expect(list?.page).toBe(page);
      expect(list?.pages).toBe(3);
      seen.push(...list!.rows.map((r) => ({ reference: r.reference, unread: r.unreadMessages })));
    }
    expect(seen).toEqual(expected);
  });

  it('flags a case only for reporter messages nobody has read', async () => {
    const list = await listCases(dsl, {});
    for (const row of list!.rows)
      expect(row.unreadMessages).toBe(expected.find((e) => e.reference === row.reference)!.unread);
    expect(list!.rows.some((r) => r.unreadMessages > 0)).toBe(true);
    expect(list!.rows.some((r) => r.unreadMessages === 0)).toBe(true);
  });
});

describe('the case list beyond its count cap', () => {
  it('counts one school’s cases exactly, whatever the cap: its reach is the school', async () => {
    const list = await listCases(dsl, { page: 2 }, 5);
    expect(list).toMatchObject({
      page: 2,
      pages: 3,
      total: expected.length,
      counts: { NEW: expected.length },
      hasNext: true,
    });
    const closed = await listCases(dsl, { status: 'CLOSED' }, 5);
    expect(closed).toMatchObject({ total: 0, pages: 1, hasNext: false, rows: [] });
  });

  it('counts a federation’s cases up to the cap, exactly under it, and lists them all', async () => {
    const p = await makePartnership();
    const schools = [(await makeSchool(p.id)).id, (await makeSchool(p.id)).id, (await makeSchool(p.id)).id];
    const now = Date.now();
    for (let i = 0; i < CASES_PER_PAGE + 6; i += 1) {
      await makeConcern({
        partnershipId: p.id,
        schoolId: schools[i % 3],
        route: 'SCHOOL',
        status: i % 4 === 0 ? 'CLOSED' : 'OPENED',
        firstOpenedAt: i % 5 === 0 ? null : new Date(now - i * HOUR),
        lastActivityAt: new Date(now - i * HOUR),
      });
    }
    // A school outside the federation: never counted.
    await makeConcern({ partnershipId: p.id, schoolId: (await makeSchool(p.id)).id, route: 'SCHOOL' });
    const federation = await makeStaff(
      p.id,
      schools.map((schoolId) => ({ role: 'DSL' as const, schoolId })),
    );
    const exact = await listCases(federation, {});
    expect(exact).toMatchObject({ total: CASES_PER_PAGE + 6, pages: 2, counts: { CLOSED: 8, OPENED: 23 } });
    const capped = await listCases(federation, {}, 10);
    // OPENED is over the cap (more than 10); CLOSED, under it, is still exact.
    expect(capped).toMatchObject({ pages: null, hasNext: true, counts: { CLOSED: 8 } });
    expect(capped!.counts.OPENED).toBeGreaterThan(10);
    const second = await listCases(federation, { page: 2 }, 10);
    expect(second).toMatchObject({ pages: null, hasNext: false });
    expect([...capped!.rows, ...second!.rows].map((r) => r.reference)).toEqual(
      [...exact!.rows, ...(await listCases(federation, { page: 2 }))!.rows].map((r) => r.reference),
    );
    expect(new Set([...capped!.rows, ...second!.rows].map((r) => r.reference)).size).toBe(CASES_PER_PAGE + 6);
    expect((await listCases(federation, { status: 'CLOSED' }, 10))!.pages).toBe(1);
  });

  it('counts a front door’s cases up to the cap part by part, and lists them all', async () => {
    const p = await makePartnership();
    const school = (await makeSchool(p.id)).id;
    const now = Date.now();
    for (let i = 0; i < CASES_PER_PAGE + 4; i += 1) {
      const fromSchool = i % 4 === 0;
      await makeConcern({
        partnershipId: p.id,
        schoolId: fromSchool ? school : null,
        route: fromSchool ? 'SCHOOL' : 'FRONT_DOOR',
        escalatedAt: fromSchool ? new Date(now) : null,
        status: i % 3 === 0 ? 'CLOSED' : 'OPENED',
        firstOpenedAt: i % 5 === 0 ? null : new Date(now - i * HOUR),
        lastActivityAt: new Date(now - i * HOUR),
      });
    }
    const frontDoor = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }]);
    const exact = await listCases(frontDoor, {});
    expect(exact).toMatchObject({ total: CASES_PER_PAGE + 4, pages: 2, counts: { CLOSED: 10, OPENED: 19 } });
    const first = await listCases(frontDoor, {}, 12);
    // OPENED is over the cap in the front door's own part (more than 12); CLOSED is counted exactly.
    expect(first).toMatchObject({ pages: null, hasNext: true, counts: { CLOSED: 10 } });
    expect(first!.counts.OPENED).toBeGreaterThan(12);
    const second = await listCases(frontDoor, { page: 2 }, 12);
    expect(second).toMatchObject({ pages: null, hasNext: false });
    expect([...first!.rows, ...second!.rows].map((r) => r.reference)).toEqual(
      [...exact!.rows, ...(await listCases(frontDoor, { page: 2 }))!.rows].map((r) => r.reference),
    );
    expect((await listCases(frontDoor, { status: 'CLOSED' }, 12))!.pages).toBe(1);
  });
});

describe('the case list of someone with several schools and the front door', () => {
  it('reads each part of their reach in order and merges them: each case once, page after page', async () => {
    const p = await makePartnership();
    const schools = [(await makeSchool(p.id)).id, (await makeSchool(p.id)).id];
    const now = Date.now();
    for (let i = 0; i < 2 * CASES_PER_PAGE + 3; i += 1) {
      const at = now - Math.floor(i / 2) * HOUR;
      const fromSchool = i % 3 !== 0;
      await makeConcern({
        partnershipId: p.id,
        schoolId: fromSchool ? schools[i % 2] : null,
        route: fromSchool ? 'SCHOOL' : 'FRONT_DOOR',
        urgent: i % 4 === 0,
        // A school's case escalated to the front door is in two parts of this reach: still listed once.
        escalatedAt: fromSchool && i % 5 === 0 ? new Date(at) : null,
        firstOpenedAt: i % 6 === 0 ? null : new Date(at - HOUR),
        lastActivityAt: new Date(at),
      });
    }
    const user = await makeStaff(p.id, [
      { role: 'DSL', schoolId: schools[0] },
      { role: 'DSL', schoolId: schools[1] },
      { role: 'FRONT_DOOR' },
    ]);
    const all = await getDb().concern.findMany({
      where: { partnershipId: p.id },
      orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
      select: { reference: true, urgent: true, firstOpenedAt: true },
    });
    const unopened = all.filter((c) => !c.firstOpenedAt);
    const expected = [...unopened.filter((c) => c.urgent), ...unopened.filter((c) => !c.urgent)]
      .concat(all.filter((c) => c.firstOpenedAt))
      .map((c) => c.reference);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const list = await listCases(user, { page });
      expect(list?.total).toBe(all.length);
      seen.push(...list!.rows.map((r) => r.reference));
    }
    expect(seen).toEqual(expected);
  });
});
