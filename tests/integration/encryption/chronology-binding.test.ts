// Each chronology entry's ciphertext is bound to the entry itself (issue 13, L6): one entry's summary or
// detail swapped into another entry of the same concern fails to decrypt, and entries sealed before that
// binding (to their concern) still read and are re-sealed by `npm run keys:rotate-data`.
import { describe, expect, it } from 'vitest';
import { disconnectDb, getDb } from '@/lib/db';
import { EncryptionError, encryptText, fieldAad, unwrapDataKey } from '@/lib/encryption/cipher';
import { rotateDataKeys } from '@/lib/encryption/rotate-data-keys';
import { getEnv } from '@/lib/env';
import { makeConcern } from '../../support/factories';

const chronology = (concernId: string) =>
  getDb().concernEvent.findMany({ where: { concernId }, orderBy: { id: 'asc' } });

/** A value of one entry as the app reads it (computed fields decrypt when read), or the error. */
const readEntry = (id: bigint, column: 'summary' | 'detail') =>
  getDb()
    .concernEvent.findUniqueOrThrow({ where: { id } })
    .then((entry) => entry[column])
    .catch((e: unknown) => e);

/** As someone with write access to the database would, past the append-only trigger. */
async function swapEntries(a: bigint, b: bigint) {
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    await tx.$executeRaw`UPDATE "ConcernEvent" AS e SET summary = o.summary, detail = o.detail
      FROM "ConcernEvent" AS o WHERE (e.id, o.id) IN ((${a}, ${b}), (${b}, ${a}))`;
  });
}

/** An entry's value as the code before this binding sealed it: bound to the concern, format v1. */
async function sealedForConcern(column: string, concernId: string, plaintext: string) {
  await getDb().$encryptionKeys();
  const key = await getDb().dataKey.findFirstOrThrow({
    where: { purpose: 'ConcernEvent' },
    orderBy: { generation: 'desc' },
  });
  const master = getEnv().DATA_ENCRYPTION_KEYS.find((m) => m.id === key.masterKeyId)!;
  const dataKey = unwrapDataKey(master.key, key.id, key.wrappedKey);
  return encryptText(dataKey, key.id, fieldAad(key.id, 'ConcernEvent', column, concernId), plaintext);
}

describe('a chronology entry’s ciphertext', () => {
  it('fails to decrypt when swapped with another entry of the same concern', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    const first = await getDb().concernEvent.create({
      data: { concernId: concern.id, kind: 'NOTE', summary: 'First note', detail: { reason: 'one' } },
    });
    const second = await getDb().concernEvent.create({
      data: { concernId: concern.id, kind: 'NOTE', summary: 'Second note', detail: { reason: 'two' } },
    });
    expect((await chronology(concern.id)).map((e) => e.summary)).toContain('First note');

    await swapEntries(first.id, second.id);
    for (const id of [first.id, second.id]) {
      expect(await readEntry(id, 'summary')).toBeInstanceOf(EncryptionError);
      expect(await readEntry(id, 'detail')).toBeInstanceOf(EncryptionError);
    }
    await swapEntries(first.id, second.id); // put back, for the rotation below
  });

  it('is bound to each entry when a concern is created with its first entries', async () => {
    const concern = await makeConcern({
      description: 'placeholder',
      events: {
        createMany: {
          data: [
            { kind: 'SUBMITTED', summary: 'Sent by the reporter.' },
            { kind: 'ROUTED', summary: 'Routed.' },
          ],
        },
      },
    });
    await getDb().concernEvent.createMany({
      data: [
        { concernId: concern.id, kind: 'NOTE', summary: 'Many one' },
        { concernId: concern.id, kind: 'NOTE', summary: 'Many two' },
      ],
    });
    const events = await chronology(concern.id);
    expect(events.map((e) => e.summary)).toEqual([
      'Sent by the reporter.',
      'Routed.',
      'Many one',
      'Many two',
    ]);
    await swapEntries(events[0]!.id, events[1]!.id);
    await swapEntries(events[2]!.id, events[3]!.id);
    for (const { id } of events) expect(await readEntry(id, 'summary')).toBeInstanceOf(EncryptionError);
    await swapEntries(events[0]!.id, events[1]!.id);
    await swapEntries(events[2]!.id, events[3]!.id);
  });

  it('still reads when sealed to its concern before this binding, and rotation re-seals it', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    const summary = await sealedForConcern('summary', concern.id, 'An older note');
    const detail = await sealedForConcern('detail', concern.id, JSON.stringify({ reason: 'older' }));
    await getDb().$executeRaw`INSERT INTO "ConcernEvent" ("concernId", kind, summary, detail)
      VALUES (${concern.id}::uuid, 'NOTE', ${summary}, to_jsonb(${detail}::text))`;
    expect(await chronology(concern.id)).toMatchObject([
      { summary: 'An older note', detail: { reason: 'older' } },
    ]);

    expect((await rotateDataKeys(getDb(), { settleMs: 0 })).finished).toBe(true);
    const [stored] = await getDb().$queryRaw<{ summary: string; detail: string }[]>`
      SELECT summary, detail #>> '{}' AS detail FROM "ConcernEvent" WHERE "concernId" = ${concern.id}::uuid`;
    expect(stored!.summary).toMatch(/^enc:v2:/);
    expect(stored!.detail).toMatch(/^enc:v2:/);
    // The chronology allows that re-seal and nothing more: not back to the concern-bound value.
    await expect(
      getDb()
        .$executeRaw`UPDATE "ConcernEvent" SET summary = ${summary} WHERE "concernId" = ${concern.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await disconnectDb(); // a process that knows the new key, as every process does within a minute
    expect(await chronology(concern.id)).toMatchObject([
      { summary: 'An older note', detail: { reason: 'older' } },
    ]);
  });
});
