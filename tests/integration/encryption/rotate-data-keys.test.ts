// `npm run keys:rotate-data`: every protected value re-encrypted under a new data key per table, in
// batches, resumable after a kill, the old key retired (deleted) once no row names it, and audited.
import { describe, expect, it } from 'vitest';
import { disconnectDb, getDb } from '@/lib/db';
import { rotateDataKeys } from '@/lib/encryption/rotate-data-keys';
import { makeConcern } from '../../support/factories';

const keyIdsIn = async (sql: string) =>
  new Set((await getDb().$queryRawUnsafe<{ k: string }[]>(sql)).map((r) => r.k));

describe('rotating the data keys', () => {
  it('re-encrypts every row in batches, survives being stopped, and retires the old keys', async () => {
    const concerns = [];
    for (let i = 0; i < 7; i++) {
      const concern = await makeConcern({ description: `Rotated description ${i}` });
      await getDb().concernEvent.create({
        data: { concernId: concern.id, kind: 'NOTE', summary: `Rotated note ${i}`, detail: { n: i } },
      });
      concerns.push(concern);
    }
    const before = await getDb().dataKey.findMany({ where: { purpose: 'Concern' } });
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
    const keys = await getDb().dataKey.findMany({ where: { purpose: 'Concern' } });
    expect(keys).toHaveLength(1); // only the new one: the old key is retired
    expect(keys[0]!.id).not.toBe(oldConcernKey);
    expect(keys[0]!.generation).toBe(2);
    expect([...(await keyIdsIn(descriptionKeys))]).toEqual([keys[0]!.id]);
    const eventKeys = await keyIdsIn(
      `SELECT DISTINCT split_part(summary, ':', 3) AS k FROM "ConcernEvent"
       UNION SELECT DISTINCT split_part(detail #>> '{}', ':', 3) FROM "ConcernEvent" WHERE detail IS NOT NULL`,
    );
    const [eventKey] = await getDb().dataKey.findMany({ where: { purpose: 'ConcernEvent' } });
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
});
