import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { CASES_PER_PAGE, listCases } from '@/lib/cases/list-cases';
import { getDb } from '@/lib/db';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

// What a DSL triages on, read for the page's rows only: urgency and why, kind of harm, platform, age and
// year, still happening, unread messages. Never the encrypted content (the child's name, the description).
const tag = randomBytes(3).toString('hex');
let dsl: SessionUser;
let twoSchools: SessionUser;
let frontDoor: SessionUser;
let urgent: { id: string; reference: string };
let plain: { id: string; reference: string };
let elsewhere: { reference: string };

beforeAll(async () => {
  const db = getDb();
  const p = await makePartnership();
  const school = (await makeSchool(p.id)).id;
  const other = (await makeSchool(p.id)).id;
  // Made out of display order, so the list must sort by the reference data's own order.
  const snapchat = await db.platform.create({
    data: { slug: `sc-${tag}`, name: `Snapchat ${tag}`, sortOrder: 2 },
  });
  const roblox = await db.platform.create({
    data: { slug: `rb-${tag}`, name: `Roblox ${tag}`, sortOrder: 1 },
  });
  const something = await db.platform.create({
    data: { slug: `other-${tag}`, name: `Something else ${tag}`, isOther: true, sortOrder: 9 },
  });
  const threatened = await db.harmCategory.create({
    data: { slug: `th-${tag}`, name: `Threatened ${tag}`, sortOrder: 2 },
  });
  const images = await db.harmCategory.create({
    data: { slug: `im-${tag}`, name: `Asked for images ${tag}`, sortOrder: 1 },
  });
  urgent = await makeConcern({
    partnershipId: p.id,
    schoolId: school,
    route: 'SCHOOL',
    urgent: true,
    urgencyReasons: ['sextortion'],
    childName: 'Zofia Secret',
    childAge: 13,
    childYear: 8,
    stillHappening: 'YES',
    platforms: {
      create: [
        { platformId: snapchat.id },
        { platformId: roblox.id },
        { platformId: something.id, otherName: 'Hidden App Name' },
      ],
    },
    harms: { create: [{ harmCategoryId: threatened.id }, { harmCategoryId: images.id }] },
  });
  await db.message.create({ data: { concernId: urgent.id, author: 'REPORTER', body: 'A second account.' } });
  plain = await makeConcern({
    partnershipId: p.id,
    schoolId: school,
    route: 'SCHOOL',
    childAge: null,
    childYear: 0,
    stillHappening: 'NO',
    firstOpenedAt: new Date(),
  });
  // Enough opened cases behind them for a second page, each with its own platform.
  for (let i = 0; i < CASES_PER_PAGE; i += 1)
    await makeConcern({
      partnershipId: p.id,
      schoolId: school,
      route: 'SCHOOL',
      firstOpenedAt: new Date(),
      lastActivityAt: new Date(Date.now() - (i + 1) * 60_000),
      platforms: { create: [{ platformId: roblox.id }] },
    });
  elsewhere = await makeConcern({
    partnershipId: p.id,
    schoolId: other,
    route: 'SCHOOL',
    platforms: { create: [{ platformId: snapchat.id }] },
  });
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school }]);
  twoSchools = await makeStaff(p.id, [
    { role: 'DSL', schoolId: school },
    { role: 'DEPUTY_DSL', schoolId: other },
  ]);
  frontDoor = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }]);
});

describe('what the case list shows a DSL to triage on', () => {
  it('shows urgency with its reasons, harms and platforms in their list order, age, year and still happening', async () => {
    const list = await listCases(dsl, {});
    const row = list!.rows.find((r) => r.reference === urgent.reference)!;
    expect(row).toMatchObject({
      urgent: true,
      urgencyReasons: ['sextortion'],
      harms: [`Asked for images ${tag}`, `Threatened ${tag}`],
      platforms: [`Roblox ${tag}`, `Snapchat ${tag}`, `Something else ${tag}`],
      childAge: 13,
      childYear: 8,
      stillHappening: 'YES',
      unreadMessages: 1,
    });
    const other = list!.rows.find((r) => r.reference === plain.reference)!;
    expect(other).toMatchObject({
      urgent: false,
      urgencyReasons: [],
      harms: [],
      platforms: [],
      childAge: null,
      childYear: 0,
      stillHappening: 'NO',
      unreadMessages: 0,
    });
  });

  it('keeps encrypted content off the list: no child’s name, description or typed platform name', async () => {
    const list = await listCases(dsl, {});
    const text = JSON.stringify(list);
    for (const secret of ['Zofia Secret', 'Hidden App Name', 'A stranger asked', 'A second account'])
      expect(text).not.toContain(secret);
  });

  it('gives each row of a later page its own platforms, and nothing from another school', async () => {
    const second = await listCases(dsl, { page: 2 });
    expect(second!.rows.length).toBeGreaterThan(0);
    for (const row of second!.rows) expect(row.platforms).toEqual([`Roblox ${tag}`]);
    const all = [...(await listCases(dsl, {}))!.rows, ...second!.rows];
    expect(all.map((r) => r.reference)).not.toContain(elsewhere.reference);
  });

  it('says whether the school is worth a column: not for the DSL of one school', async () => {
    expect((await listCases(dsl, {}))!.oneSchool).toBe(true);
    expect((await listCases(twoSchools, {}))!.oneSchool).toBe(false);
    expect((await listCases(frontDoor, {}))!.oneSchool).toBe(false);
  });
});
