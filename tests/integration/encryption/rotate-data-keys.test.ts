// `npm run keys:rotate-data`: every protected value re-encrypted under a new data key per table, in
// batches, resumable after a kill, the old key retired (deleted) once no row names it, and audited.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { disconnectDb, getDb } from '@/lib/db';
import { ciphertextKeyId, encryptText, fieldAad, wrapDataKey } from '@/lib/encryption/cipher';
import { newDataKeyId } from '@/lib/encryption/keyring';
import { rotateDataKeys } from '@/lib/encryption/rotate-data-keys';
import { sealingFor } from '@/lib/encryption/seal-owner';
import { getEnv } from '@/lib/env';
import { makeConcern, makePartnership } from '../../support/factories';

const keyIdsIn = async (sql: string) =>
  new Set((await getDb().$queryRawUnsafe<{ k: string }[]>(sql)).map((r) => r.k));

describe('rotating the data keys', () => {
  it('re-encrypts every row in batches, survives being stopped, and retires the old keys', async () => {
    const concerns = [];
    const p = await makePartnership();
    for (let i = 0; i < 7; i++) {
      const concern = await makeConcern({ partnershipId: p.id, description: `Rotated description ${i}` });
      await getDb().concernEvent.create({
        data: { concernId: concern.id, kind: 'NOTE', summary: `Rotated note ${i}`, detail: { n: i } },
      });
      concerns.push(concern);
    }
    const before = await getDb().dataKey.findMany({ where: { purpose: 'Concern', partnershipId: p.id } });
    expect(before).toHaveLength(1);
    const oldConcernKey = before[0]!.id;

    // Stopped after two batches of three, as a kill would stop it.
    const stopped = await rotateDataKeys(getDb(), { batch: 3, stopAfterBatches: 2, settleMs: 0 });
    expect(stopped.finished).toBe(false);
    const descriptionKeys = `SELECT DISTINCT split_part(description, ':', 3) AS k FROM "Concern"`;
    expect((await keyIdsIn(descriptionKeys)).size).toBe(2); // half done: old and new both in use
    await disconnectDb(); // a new process, as after a kill
    for (const [i, concern] of concerns.entries()) {
      const read = await getDb().concern.findUniqueOrThrow({
        where: { id: concern.id },
        include: { events: true },
      });
      expect(read.description).toBe(`Rotated description ${i}`);
    }

    const resumed = await rotateDataKeys(getDb(), { batch: 3, settleMs: 0 });
    expect(resumed.finished).toBe(true);
    const keys = await getDb().dataKey.findMany({ where: { purpose: 'Concern', partnershipId: p.id } });
    expect(keys).toHaveLength(1); // only the new one: the old key is retired
    expect(keys[0]!.id).not.toBe(oldConcernKey);
    expect(keys[0]!.generation).toBe(2);
    expect([...(await keyIdsIn(descriptionKeys))]).toEqual([keys[0]!.id]);
    const eventKeys = await keyIdsIn(
      `SELECT DISTINCT split_part(summary, ':', 3) AS k FROM "ConcernEvent"
       UNION SELECT DISTINCT split_part(detail #>> '{}', ':', 3) FROM "ConcernEvent" WHERE detail IS NOT NULL`,
    );
    const [eventKey] = await getDb().dataKey.findMany({
      where: { purpose: 'ConcernEvent', partnershipId: p.id },
    });
    expect([...eventKeys]).toEqual([eventKey!.id]);

    await disconnectDb();
    for (const [i, concern] of concerns.entries()) {
      const read = await getDb().concern.findUniqueOrThrow({
        where: { id: concern.id },
        include: { events: true },
      });
      expect(read.description).toBe(`Rotated description ${i}`);
      expect(read.events.find((e) => e.kind === 'NOTE')).toMatchObject({
        summary: `Rotated note ${i}`,
        detail: { n: i },
      });
    }
    const audit = await getDb().auditEntry.findMany({ where: { action: 'encryption.data-key.rotate' } });
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(
      await getDb().auditEntry.count({
        where: { action: 'encryption.data-key.retire', subjectId: oldConcernKey },
      }),
    ).toBe(1);
    // The chronology is still append-only: a re-sealed entry may not be changed any other way.
    await expect(
      getDb()
        .$executeRaw`UPDATE "ConcernEvent" SET summary = summary || 'x' WHERE "concernId" = ${concerns[0]!.id}::uuid`,
    ).rejects.toThrow(/append-only/);
  }, 60_000);

  it('moves values sealed under the per-table keys shared before issue 16 to their partnership’s keys', async () => {
    const p = await makePartnership();
    const concern = await makeConcern({ partnershipId: p.id, description: 'placeholder' });
    // As the code before issue 16 sealed it: one service-wide key for the whole table.
    const master = getEnv().DATA_ENCRYPTION_KEYS[0]!;
    const sharedId = newDataKeyId('Concern');
    const sharedKey = randomBytes(32);
    await getDb().dataKey.create({
      data: {
        id: sharedId,
        purpose: 'Concern',
        masterKeyId: master.id,
        wrappedKey: wrapDataKey(master.key, master.id, sharedId, sharedKey),
      },
    });
    const aad = fieldAad(sharedId, 'Concern', 'description', concern.id);
    const sealed = encryptText(sharedKey, sharedId, aad, 'Sealed before issue 16');
    await getDb().$executeRaw`UPDATE "Concern" SET description = ${sealed} WHERE id = ${concern.id}::uuid`;
    await disconnectDb(); // a process that has loaded the shared key: the old row still reads
    const read = async () =>
      (await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).description;
    expect(await read()).toBe('Sealed before issue 16');

    expect((await rotateDataKeys(getDb(), { settleMs: 0 })).finished).toBe(true);
    const [row] = await getDb().$queryRaw<{ d: string }[]>`
      SELECT description AS d FROM "Concern" WHERE id = ${concern.id}::uuid`;
    const key = await getDb().dataKey.findUniqueOrThrow({ where: { id: ciphertextKeyId(row!.d)! } });
    expect(key).toMatchObject({ partnershipId: p.id, purpose: 'Concern' });
    expect(await getDb().dataKey.count({ where: { id: sharedId } })).toBe(0); // retired
    await disconnectDb();
    expect(await read()).toBe('Sealed before issue 16');
  });

  it('moves a value sealed under another partnership’s key (a write racing a move) to its own', async () => {
    const [p1, p2] = [await makePartnership(), await makePartnership()];
    const concern = await makeConcern({ partnershipId: p1.id, description: 'placeholder' });
    // Sealed for p2 while the concern is p1's, as a message written at the moment its case moved could be.
    const message = await sealingFor(p2.id, () =>
      getDb().message.create({
        data: { concernId: concern.id, author: 'REPORTER', body: 'Caught mid-move' },
      }),
    );
    const ownerOfKey = async () => {
      const [row] = await getDb().$queryRaw<{ b: string }[]>`
        SELECT body AS b FROM "Message" WHERE id = ${message.id}::uuid`;
      return (await getDb().dataKey.findUniqueOrThrow({ where: { id: ciphertextKeyId(row!.b)! } }))
        .partnershipId;
    };
    expect(await ownerOfKey()).toBe(p2.id);
    expect((await rotateDataKeys(getDb(), { settleMs: 0 })).finished).toBe(true);
    expect(await ownerOfKey()).toBe(p1.id);
    await disconnectDb(); // a process that knows the new keys
    expect((await getDb().message.findUniqueOrThrow({ where: { id: message.id } })).body).toBe(
      'Caught mid-move',
    );
  });
});
