import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { encryptExistingRows } from '@/lib/encryption/encrypt-existing-rows';
import { runEarlyWarning, windowStartFor } from '@/lib/trends/run-early-warning';
import { makeConcern, makePartnership } from '../support/factories';

const db = getDb();
const DAY = 86_400_000;
const now = new Date('2026-11-18T09:00:00Z'); // a Wednesday

describe('runEarlyWarning', () => {
  it('flags an unusual rise and a new platform name once, and emails partnership staff once each', async () => {
    const partnership = await makePartnership();
    const steady = await db.platform.create({ data: { slug: 'ew-steady', name: 'Steady App' } });
    const rising = await db.platform.create({ data: { slug: 'ew-rising', name: 'Rising App' } });
    const other = await db.platform.create({
      data: { slug: 'ew-other', name: 'Something else', isOther: true },
    });
    const staff = await db.staffUser.create({
      data: {
        email: 'ew.staff@example.test',
        name: 'Trends Person',
        memberships: { create: { partnershipId: partnership.id, role: 'PARTNERSHIP_STAFF' } },
      },
    });
    const windowStart = windowStartFor(now);
    const add = async (platformId: string, at: Date, otherName?: string) => {
      const concern = await makeConcern({ partnershipId: partnership.id, submittedAt: at });
      await db.concernPlatform.create({ data: { concernId: concern.id, platformId, otherName } });
    };
    for (let week = 1; week <= 12; week++) {
      for (const platform of [steady, rising]) {
        await add(platform.id, new Date(windowStart.getTime() - week * 7 * DAY + 2 * DAY));
        await add(platform.id, new Date(windowStart.getTime() - week * 7 * DAY + 4 * DAY));
      }
    }
    for (let i = 0; i < 4; i++) await add(steady.id, new Date(windowStart.getTime() + (i * 3 + 1) * DAY));
    for (let i = 0; i < 20; i++)
      await add(rising.id, new Date(windowStart.getTime() + (i % 13) * DAY + 3600_000));
    for (const name of ['ChatZone', 'chatzone ', 'CHATZONE!']) {
      await add(other.id, new Date(windowStart.getTime() + 5 * DAY), name);
    }
    await add(other.id, new Date(windowStart.getTime() + 5 * DAY), 'Rarely Named');

    expect(await runEarlyWarning(now)).toEqual({ raised: 2 });
    expect(await runEarlyWarning(now)).toEqual({ raised: 0 });
    expect(await runEarlyWarning(new Date(now.getTime() + 2 * DAY))).toEqual({ raised: 0 });

    const flags = await db.trendFlag.findMany({
      where: { partnershipId: partnership.id },
      orderBy: { kind: 'asc' },
    });
    expect(flags.map((f) => [f.kind, f.subjectName])).toEqual([
      ['PLATFORM_RISE', 'Rising App'],
      ['NEW_PLATFORM_NAME', 'chatzone'],
    ]);
    // What parents typed is kept encrypted: in the concern and in the flag (whose key is a keyed hash).
    const stored = await db.$queryRaw<{ typed: string }[]>`
      SELECT "subjectKey" || ' ' || "subjectName" AS typed FROM "TrendFlag" WHERE "partnershipId" = ${partnership.id}::uuid
      UNION ALL SELECT "otherName" FROM "ConcernPlatform" WHERE "otherName" IS NOT NULL`;
    expect(stored.length).toBeGreaterThan(4);
    for (const row of stored) expect(row.typed).not.toMatch(/chatzone|rarely/i);
    const mail = await db.outboxEmail.findMany({ where: { toAddress: staff.email } });
    expect(mail).toHaveLength(2);
    for (const email of mail) {
      expect(email.concernId).toBeNull();
      expect(email.textBody).not.toMatch(/stranger|photo/i);
    }
  });

  it('hides a name flagged before names were encrypted, and still does not raise it again', async () => {
    const partnership = await makePartnership();
    const other = await db.platform.create({
      data: { slug: 'ew-other-2', name: 'Something else again', isOther: true },
    });
    const windowStart = windowStartFor(now);
    await db.$executeRaw`INSERT INTO "TrendFlag" (id, "partnershipId", kind, "subjectKey", "subjectName",
        "windowStart", observed, expected, "pValue")
      VALUES (gen_random_uuid(), ${partnership.id}::uuid, 'NEW_PLATFORM_NAME', 'oldchat', 'oldchat',
        ${new Date(windowStart.getTime() - 28 * DAY)}::date, 3, 0, 0)`;
    expect(await encryptExistingRows(db)).toMatchObject({ TrendFlag: 1, 'TrendFlag.subjectKey': 1 });
    const [stored] = await db.$queryRaw<{ typed: string }[]>`
      SELECT "subjectKey" || ' ' || "subjectName" AS typed FROM "TrendFlag" WHERE "partnershipId" = ${partnership.id}::uuid`;
    expect(stored!.typed).not.toContain('oldchat');
    for (let i = 0; i < 3; i++) {
      const concern = await makeConcern({
        partnershipId: partnership.id,
        submittedAt: new Date(windowStart.getTime() + DAY),
      });
      await db.concernPlatform.create({
        data: { concernId: concern.id, platformId: other.id, otherName: 'OldChat' },
      });
    }
    await runEarlyWarning(now);
    const flags = await db.trendFlag.findMany({ where: { partnershipId: partnership.id } });
    expect(flags.map((f) => f.subjectName)).toEqual(['oldchat']);
  });
});
