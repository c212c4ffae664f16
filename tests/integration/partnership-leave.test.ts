// A partnership leaving with its data (issue 16): the export holds exactly its own data, and only a
// request the service operator confirmed deletes it, leaving every other partnership whole.
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getDb } from '@/lib/db';
import { ciphertextKeyId, EncryptionError } from '@/lib/encryption/cipher';
import { BUNDLE_FORMAT_VERSION } from '@/lib/partnership-export/bundle-format';
import { partnershipExportChunks } from '@/lib/partnership-export/export-partnership';
import { askToLeave } from '@/lib/partnership-leave/ask-to-leave';
import { confirmLeave, refuseLeave } from '@/lib/partnership-leave/decide-leave';
import { deleteLeavingPartnership } from '@/lib/partnership-leave/delete-leaving-partnership';
import { makePartnership, makeSchool } from '../support/factories';
import { makeFullConcern, makeReferenceData } from './retention/retention-fixtures';

const db = getDb();
let refs: Awaited<ReturnType<typeof makeReferenceData>>;
let a: { id: string; name: string; slug: string };
let b: { id: string; name: string; slug: string };
let adminA: SessionUser;
let operator: { id: string; name: string };
const concernsA: { id: string; reference: string }[] = [];
const concernsB: { id: string; reference: string }[] = [];
let onlyA: string; // staff with a role in A only
let both: string; // staff with roles in A and B
// A's own harm category, chosen on other partnerships' concerns sent through A's site: B has no category of
// that name, C has one (in other letters' case), D has none either.
let aOwnHarm: string;
let cOwnHarm: string;
let concernC: string;
let concernD: string;

const sessionUser = (id: string, name: string, email: string, partnershipId: string): SessionUser => ({
  id,
  sessionId: 'x',
  name,
  email,
  memberships: [{ role: 'ADMIN', partnershipId, schoolId: null }],
  partnership: { id: partnershipId, name: 'A' },
  partnerships: [{ id: partnershipId, name: 'A' }],
  serviceOperator: false,
});

beforeAll(async () => {
  refs = await makeReferenceData();
  a = await makePartnership({ name: 'Northshire Partnership' });
  b = await makePartnership({ name: 'Southvale Partnership' });
  const schoolA = await makeSchool(a.id, { name: 'Alder Primary' });
  const schoolB = await makeSchool(b.id, { name: 'Birch Primary' });
  for (let i = 0; i < 3; i++)
    concernsA.push(
      await makeFullConcern(refs, {
        partnershipId: a.id,
        schoolId: schoolA.id,
        route: 'SCHOOL',
        description: `Northshire secret words ${i}`,
      }),
    );
  concernsB.push(
    await makeFullConcern(refs, {
      partnershipId: b.id,
      schoolId: schoolB.id,
      route: 'SCHOOL',
      description: 'Southvale secret words',
    }),
  );
  // A cross-border concern: B's school, sent through A's site. It is B's, and stays.
  concernsB.push(
    await makeFullConcern(refs, {
      partnershipId: b.id,
      reportedViaPartnershipId: a.id,
      schoolId: schoolB.id,
      route: 'SCHOOL',
      description: 'Southvale cross-border words',
    }),
  );
  aOwnHarm = (
    await db.harmCategory.create({
      data: { slug: `${a.slug}-sextortion`, name: 'Sextortion', partnershipId: a.id, hint: 'Threats' },
    })
  ).id;
  await db.concernHarm.create({ data: { concernId: concernsB[1]!.id, harmCategoryId: aOwnHarm } });
  const c = await makePartnership({ name: 'Cedar Partnership' });
  const d = await makePartnership({ name: 'Damson Partnership' });
  cOwnHarm = (
    await db.harmCategory.create({
      data: { slug: `${c.slug}-sextortion`, name: 'sextortion', partnershipId: c.id },
    })
  ).id;
  for (const p of [c, d]) {
    const concern = await makeFullConcern(refs, {
      partnershipId: p.id,
      reportedViaPartnershipId: a.id,
      schoolId: (await makeSchool(p.id)).id,
      route: 'SCHOOL',
    });
    await db.concernHarm.create({ data: { concernId: concern.id, harmCategoryId: aOwnHarm } });
    if (p === c) concernC = concern.id;
    else concernD = concern.id;
  }
  await db.childRecord.create({
    data: { partnershipId: a.id, schoolId: schoolA.id, name: 'Alex Adder', nameKey: 'alex adder' },
  });
  await db.childRecord.create({
    data: { partnershipId: b.id, schoolId: schoolB.id, name: 'Bea Birch', nameKey: 'bea birch' },
  });
  await db.partnershipHost.create({ data: { partnershipId: a.id, hostname: 'north.example.test' } });
  await db.closingMessage.create({ data: { partnershipId: a.id, title: 'Done', body: 'Closed.' } });

  const admin = await db.staffUser.create({ data: { email: 'admin-a@example.org', name: 'Ada Admin' } });
  await db.membership.create({ data: { userId: admin.id, partnershipId: a.id, role: 'ADMIN' } });
  adminA = sessionUser(admin.id, admin.name, admin.email, a.id);
  onlyA = (
    await db.staffUser.create({
      data: {
        email: 'dsl-a@example.org',
        name: 'Dee A',
        passwordHash: 'secret-hash',
        memberships: { create: { partnershipId: a.id, schoolId: schoolA.id, role: 'DSL' } },
      },
    })
  ).id;
  both = (
    await db.staffUser.create({
      data: {
        email: 'police@example.org',
        name: 'Pat Police',
        memberships: {
          create: [
            { partnershipId: a.id, role: 'PARTNERSHIP_STAFF' },
            { partnershipId: b.id, role: 'PARTNERSHIP_STAFF' },
          ],
        },
      },
    })
  ).id;
  await db.staffUser.create({
    data: {
      email: 'dsl-b@example.org',
      name: 'Dee B',
      memberships: { create: { partnershipId: b.id, schoolId: schoolB.id, role: 'DSL' } },
    },
  });
  await db.staffSession.createMany({ data: [{ userId: onlyA }, { userId: both }] });
  const op = await db.staffUser.create({
    data: { email: 'operator@example.org', name: 'Opal Operator', serviceOperator: { create: {} } },
  });
  operator = { id: op.id, name: op.name };
});

async function exportBundle(user: SessionUser, partnershipId: string) {
  const parts: Uint8Array[] = [];
  for await (const chunk of partnershipExportChunks(user, partnershipId)) parts.push(chunk);
  const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) zip.set(p, (at += p.length) - p.length);
  return { files: unzipSync(zip), chunks: parts.length };
}

describe('the partnership export', () => {
  it('holds exactly partnership A’s data, decrypted, with true counts in its manifest', async () => {
    const { files } = await exportBundle(adminA, a.id);
    const text = (name: string) => strFromU8(files[name]!);
    const json = (name: string) => JSON.parse(text(name)) as Record<string, unknown>[];
    const manifest = JSON.parse(text('manifest.json'));
    expect(manifest).toMatchObject({ formatVersion: BUNDLE_FORMAT_VERSION, partnership: { id: a.id } });

    const concerns = json('concerns.json');
    expect(concerns.map((c) => c.reference).sort()).toEqual(concernsA.map((c) => c.reference).sort());
    expect(concerns.map((c) => c.description)).toContain('Northshire secret words 0');
    expect(concerns[0]).toHaveProperty('events');
    expect(concerns[0]).toHaveProperty('referrals');
    expect(concerns[0]).toHaveProperty('messages');
    expect(concerns[0]).not.toHaveProperty('receiptHash');
    expect(json('child-records.json').map((c) => c.name)).toEqual(['Alex Adder']);
    expect(json('schools.json').map((s) => s.name)).toEqual(['Alder Primary']);
    expect(json('staff.json')).toHaveLength(3);

    // Counts in the manifest are the records in each file.
    for (const [name, count] of Object.entries(manifest.counts as Record<string, number>)) {
      if (name === 'cases') continue;
      if (name.endsWith('.json') && name !== 'partnership.json') expect(json(name), name).toHaveLength(count);
      if (name.endsWith('.csv')) expect(text(name).trimEnd().split('\r\n').length - 1, name).toBe(count);
    }
    const pdfs = Object.keys(files).filter((n) => n.startsWith('cases/'));
    expect(pdfs.sort()).toEqual(concernsA.map((c) => `cases/${c.reference}.pdf`).sort());
    expect(manifest.counts.cases).toBe(3);
    expect(strFromU8(files[pdfs[0]!]!.slice(0, 5))).toBe('%PDF-');

    // Nothing of B anywhere in the bundle; no secrets.
    const everything = Object.entries(files)
      .filter(([n]) => !n.endsWith('.pdf'))
      .map(([, f]) => strFromU8(f))
      .join('\n');
    for (const word of [
      'Southvale',
      'Birch',
      'Bea Birch',
      'dsl-b@example.org',
      b.id,
      ...concernsB.map((c) => c.reference),
    ])
      expect(everything).not.toContain(word);
    expect(everything).not.toContain('secret-hash');
    expect(everything).not.toContain('passwordHash');
    expect(everything).not.toContain('totpSecret');
  });

  it('is audited before and after, with counts and no content', async () => {
    const entries = await db.auditEntry.findMany({
      where: { partnershipId: a.id, action: { startsWith: 'partnership.export' } },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual(['partnership.export', 'partnership.export.complete']);
    expect(entries[1]!.actorId).toBe(adminA.id);
    expect(JSON.stringify(entries[1]!.detail)).toContain('"concerns.json":3');
    expect(JSON.stringify(entries.map((e) => e.detail))).not.toContain('secret words');
  });
});

describe('leaving', () => {
  it('refuses a request whose typed name is not the partnership’s', async () => {
    await expect(
      askToLeave(adminA, a.id, { confirmName: 'Southvale Partnership', reason: 'x' }),
    ).rejects.toThrow(/exactly/);
  });

  it('deletes nothing for a request not yet confirmed, nor for a refused one', async () => {
    const request = await askToLeave(adminA, a.id, {
      confirmName: 'northshire partnership',
      reason: 'Merging',
    });
    await expect(
      askToLeave(adminA, a.id, { confirmName: 'Northshire Partnership', reason: 'Again' }),
    ).rejects.toThrow(/already asked/);
    expect(await deleteLeavingPartnership(db, new Date())).toBe(false);
    await refuseLeave(operator, request.id, 'Talk to us first');
    await expect(confirmLeave(operator, request.id)).rejects.toThrow('Not found');
    expect(await deleteLeavingPartnership(db, new Date())).toBe(false);
    expect(await db.concern.count({ where: { partnershipId: a.id } })).toBe(3);
    expect(await db.partnership.count({ where: { id: a.id } })).toBe(1);
  });

  it('will not confirm while a concern is under a legal hold', async () => {
    const request = await askToLeave(adminA, a.id, {
      confirmName: 'Northshire Partnership',
      reason: 'Merging',
    });
    await db.concern.update({ where: { id: concernsA[0]!.id }, data: { legalHold: true } });
    await expect(confirmLeave(operator, request.id)).rejects.toThrow(/legal hold/);
    await db.concern.update({ where: { id: concernsA[0]!.id }, data: { legalHold: false } });
  });

  it('deletes A in batches once confirmed, leaves B whole, and keeps the record and the audit', async () => {
    const bBefore = {
      concerns: await db.concern.count({ where: { partnershipId: b.id } }),
      events: await db.concernEvent.count({ where: { concern: { partnershipId: b.id } } }),
      children: await db.childRecord.count({ where: { partnershipId: b.id } }),
      schools: await db.school.count({ where: { partnershipId: b.id } }),
      memberships: await db.membership.count({ where: { partnershipId: b.id } }),
    };
    const request = await db.partnershipDeletion.findFirstOrThrow({
      where: { partnershipId: a.id, status: 'REQUESTED' },
    });
    // A backup taken now: A's rows as stored, sealed with A's own keys (not keys B's rows share).
    const backup = await db.$queryRaw<{ id: string; description: string }[]>`
      SELECT id::text, description FROM "Concern" WHERE "partnershipId" = ${a.id}::uuid`;
    const aKeys = (await db.dataKey.findMany({ where: { partnershipId: a.id }, select: { id: true } }))
      .map((k) => k.id)
      .sort();
    expect(backup).toHaveLength(3);
    for (const row of backup) expect(aKeys).toContain(ciphertextKeyId(row.description));
    await confirmLeave(operator, request.id);

    expect(await deleteLeavingPartnership(db, new Date(), 2)).toBe(true);
    expect(await db.concern.count({ where: { partnershipId: a.id } })).toBe(1);
    expect(await deleteLeavingPartnership(db, new Date(), 2)).toBe(true);

    // The last step is one transaction: made to fail at its very last statement (the partnership's row),
    // it leaves nothing of that step done, and the next run finishes it.
    await db.$executeRawUnsafe(`CREATE FUNCTION leave_test_refuse() RETURNS trigger LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER leave_test_refuse BEFORE DELETE ON "Partnership"
      FOR EACH ROW EXECUTE FUNCTION leave_test_refuse()`);
    await expect(deleteLeavingPartnership(db, new Date(), 2)).rejects.toThrow(/refused by the test/);
    await db.$executeRawUnsafe('DROP TRIGGER leave_test_refuse ON "Partnership"');
    await db.$executeRawUnsafe('DROP FUNCTION leave_test_refuse');
    expect({
      partnership: await db.partnership.count({ where: { id: a.id } }),
      schools: await db.school.count({ where: { partnershipId: a.id } }),
      memberships: await db.membership.count({ where: { partnershipId: a.id } }),
      children: await db.childRecord.count({ where: { partnershipId: a.id } }),
      hosts: await db.partnershipHost.count({ where: { partnershipId: a.id } }),
      harmCategories: await db.harmCategory.count({ where: { partnershipId: a.id } }),
      activeStaff: await db.staffUser.count({ where: { id: onlyA, active: true } }),
      liveSessions: await db.staffSession.count({ where: { userId: onlyA, revokedAt: null } }),
      crossBorderVia: (await db.concern.findUniqueOrThrow({ where: { id: concernsB[1]!.id } }))
        .reportedViaPartnershipId,
      status: (await db.partnershipDeletion.findUniqueOrThrow({ where: { id: request.id } })).status,
    }).toEqual({
      partnership: 1,
      schools: 1,
      memberships: 3,
      children: 1,
      hosts: 1,
      harmCategories: 1,
      activeStaff: 1,
      liveSessions: 1,
      crossBorderVia: a.id,
      status: 'CONFIRMED',
    });
    expect(await db.auditEntry.count({ where: { action: { startsWith: 'harm-category.hand' } } })).toBe(0);

    expect(await deleteLeavingPartnership(db, new Date(), 2)).toBe(false);
    expect(await deleteLeavingPartnership(db, new Date(), 2)).toBe(false);

    expect(await db.partnership.count({ where: { id: a.id } })).toBe(0);
    for (const count of [
      db.concern.count({ where: { partnershipId: a.id } }),
      db.school.count({ where: { partnershipId: a.id } }),
      db.membership.count({ where: { partnershipId: a.id } }),
      db.childRecord.count({ where: { partnershipId: a.id } }),
      db.partnershipHost.count({ where: { partnershipId: a.id } }),
      db.closingMessage.count({ where: { partnershipId: a.id } }),
      db.concernEvent.count({ where: { concernId: { in: concernsA.map((c) => c.id) } } }),
    ])
      expect(await count).toBe(0);

    expect({
      concerns: await db.concern.count({ where: { partnershipId: b.id } }),
      events: await db.concernEvent.count({ where: { concern: { partnershipId: b.id } } }),
      children: await db.childRecord.count({ where: { partnershipId: b.id } }),
      schools: await db.school.count({ where: { partnershipId: b.id } }),
      memberships: await db.membership.count({ where: { partnershipId: b.id } }),
    }).toEqual(bBefore);
    const crossBorder = await db.concern.findUniqueOrThrow({ where: { id: concernsB[1]!.id } });
    expect(crossBorder.description).toBe('Southvale cross-border words');
    expect(crossBorder.reportedViaPartnershipId).toBeNull();

    // A's own harm category on other partnerships' concerns: each keeps its label. B (the first) is given
    // the category itself, not offered to its parents; C's concern takes C's own category of that name; D
    // gets a copy of its own. Each hand-over is in the receiving partnership's audit trail.
    const harmsOf = async (concernId: string) =>
      (
        await db.concernHarm.findMany({
          where: { concernId, harmCategoryId: { not: refs.harmId } },
          include: { harmCategory: true },
        })
      ).map((h) => h.harmCategory);
    expect(await harmsOf(concernsB[1]!.id)).toMatchObject([
      { id: aOwnHarm, name: 'Sextortion', hint: 'Threats', partnershipId: b.id, active: false },
    ]);
    expect(await harmsOf(concernC)).toMatchObject([{ id: cOwnHarm, name: 'sextortion', active: true }]);
    const [copy] = await harmsOf(concernD);
    const dPartnership = (await db.concern.findUniqueOrThrow({ where: { id: concernD } })).partnershipId;
    expect(copy).toMatchObject({
      name: 'Sextortion',
      hint: 'Threats',
      partnershipId: dPartnership,
      active: false,
    });
    expect(copy!.id).not.toBe(aOwnHarm);
    const handOvers = await db.auditEntry.findMany({
      where: { action: 'harm-category.hand-over' },
      orderBy: { id: 'asc' },
    });
    expect(handOvers.map((e) => [e.partnershipId, e.subjectId])).toEqual(
      expect.arrayContaining([
        [b.id, aOwnHarm],
        [(await db.concern.findUniqueOrThrow({ where: { id: concernC } })).partnershipId, cOwnHarm],
        [dPartnership, copy!.id],
      ]),
    );
    expect(handOvers).toHaveLength(3);

    const record = await db.partnershipDeletion.findUniqueOrThrow({ where: { id: request.id } });
    expect(record).toMatchObject({
      status: 'DONE',
      slug: a.slug,
      name: 'Northshire Partnership',
      requestedByName: 'Ada Admin',
      decidedByName: 'Opal Operator',
    });
    expect(record.counts).toMatchObject({ concerns: 3, schools: 1, childRecords: 1, staffDeactivated: 2 });
    const deleted = await db.auditEntry.findFirstOrThrow({
      where: { action: 'partnership.deleted', subjectId: request.id },
    });
    expect(deleted.detail).toMatchObject({ partnershipId: a.id, dataKeysDestroyed: aKeys });

    // Crypto-shredding: A's keys are gone, so the backup's ciphertext no longer opens with this database's
    // keys; B's rows read as before.
    expect(await db.dataKey.count({ where: { partnershipId: a.id } })).toBe(0);
    const keys = await db.$encryptionKeys();
    for (const row of backup) {
      expect(() => keys.decrypt('Concern', 'description', row.id, row.description)).toThrow(EncryptionError);
    }
    expect((await db.concern.findUniqueOrThrow({ where: { id: concernsB[0]!.id } })).description).toBe(
      'Southvale secret words',
    );
    expect(
      await db.auditEntry.count({ where: { partnershipId: a.id, action: 'partnership.leave.confirm' } }),
    ).toBe(1);
    expect((await verifyAuditChain(db)).firstBroken).toBeNull();

    // Staff only here: deactivated and signed out. Staff also in B: keep B, and their sessions.
    const dsl = await db.staffUser.findUniqueOrThrow({ where: { id: onlyA } });
    expect(dsl.active).toBe(false);
    expect(await db.staffSession.count({ where: { userId: onlyA, revokedAt: null } })).toBe(0);
    const police = await db.staffUser.findUniqueOrThrow({
      where: { id: both },
      include: { memberships: true },
    });
    expect(police.active).toBe(true);
    expect(police.memberships.map((m) => m.partnershipId)).toEqual([b.id]);
    expect(await db.staffSession.count({ where: { userId: both, revokedAt: null } })).toBe(1);
  });
});
