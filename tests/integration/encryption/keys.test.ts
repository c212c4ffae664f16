import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import { disconnectDb, getDb } from '@/lib/db';
import { EncryptionError } from '@/lib/encryption/cipher';
import { encryptExistingRows } from '@/lib/encryption/encrypt-existing-rows';
import { rewrapDataKeys } from '@/lib/encryption/rewrap-data-keys';
import { LOCAL_DATA_ENCRYPTION_KEYS, resetEnvForTests } from '@/lib/env';
import { makeConcern } from '../../support/factories';

// A fresh client reloads the data keys, as a restarted app would.
async function restartWithKeys(keys: string | undefined) {
  if (keys === undefined) delete process.env.DATA_ENCRYPTION_KEYS;
  else process.env.DATA_ENCRYPTION_KEYS = keys;
  resetEnvForTests();
  await disconnectDb();
}
afterEach(() => restartWithKeys(undefined));

const raw = async (id: string) =>
  (
    await getDb().$queryRaw<{ description: string; childName: string }[]>`
    SELECT description, "childName" FROM "Concern" WHERE id = ${id}::uuid`
  )[0]!;

describe('encrypted columns', () => {
  it('store ciphertext that names its key, and read back as written', async () => {
    const concern = await makeConcern({ description: 'A stranger asked for photos.', childName: 'J.B.' });
    const stored = await raw(concern.id);
    expect(stored.description).toMatch(/^enc:v1:concern-[0-9a-f]{12}:/);
    expect(stored.description).not.toContain('stranger');
    const read = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(read).toMatchObject({ description: 'A stranger asked for photos.', childName: 'J.B.' });
  });

  it('refuse a changed ciphertext, or one moved to another row or column, with an internal error', async () => {
    const a = await makeConcern({ description: 'First concern text', childName: 'A.A.' });
    const b = await makeConcern({ description: 'Second concern text' });
    const stored = await raw(a.id);
    const flipped =
      stored.description.slice(0, -2) +
      (stored.description.endsWith('A') ? 'B' : 'A') +
      stored.description.slice(-1);
    const moves: [string, string, string][] = [
      [a.id, 'description', flipped],
      [b.id, 'description', stored.description], // another row
      [a.id, 'childName', stored.description], // another column
    ];
    const before = { [a.id]: stored, [b.id]: await raw(b.id) };
    for (const [id, column, value] of moves) {
      const put = (v: string) =>
        getDb().$executeRawUnsafe(`UPDATE "Concern" SET "${column}" = $1 WHERE id = $2::uuid`, v, id);
      await put(value);
      const error = await getDb()
        .concern.findUniqueOrThrow({ where: { id } })
        .then((row) => row[column as 'description'])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EncryptionError);
      // Not a UserFacingError: define-action shows its generic sentence, never this message.
      expect(error).not.toBeInstanceOf(UserFacingError);
      expect((error as Error).message).not.toMatch(/concern text/);
      await put(before[id]![column as 'description']);
    }
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: a.id } })).childName).toBe('A.A.');
  });

  it('encrypts rows left in plain text, once, and the chronology refuses any other change', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    await getDb().$executeRaw`UPDATE "Concern" SET description = 'Written before encryption'
      WHERE id = ${concern.id}::uuid`;
    await getDb().$executeRaw`INSERT INTO "ConcernEvent" ("concernId", kind, summary, detail)
      VALUES (${concern.id}::uuid, 'NOTE', 'An old note', '{"reason":"old reason"}')`;
    expect(await encryptExistingRows(getDb())).toMatchObject({ Concern: 1, ConcernEvent: 1 });
    expect(await encryptExistingRows(getDb())).toEqual({});
    expect((await raw(concern.id)).description).toMatch(/^enc:v1:/);
    const read = await getDb().concern.findUniqueOrThrow({
      where: { id: concern.id },
      include: { events: true },
    });
    expect(read.description).toBe('Written before encryption');
    expect(read.events[0]).toMatchObject({ summary: 'An old note', detail: { reason: 'old reason' } });
    const [event] = await getDb().$queryRaw<{ summary: string }[]>`
      SELECT summary FROM "ConcernEvent" WHERE "concernId" = ${concern.id}::uuid`;
    await expect(
      getDb()
        .$executeRaw`UPDATE "ConcernEvent" SET summary = ${event!.summary + 'x'} WHERE "concernId" = ${concern.id}::uuid`,
    ).rejects.toThrow(/append-only/);
  });
  it('encrypts a typed platform name without copying it to the concern’s other platforms', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    const [listed, other] = await Promise.all([
      getDb().platform.create({ data: { slug: 'keys-listed', name: 'Listed App' } }),
      getDb().platform.create({ data: { slug: 'keys-other', name: 'Something else (keys)', isOther: true } }),
    ]);
    await getDb().$executeRaw`INSERT INTO "ConcernPlatform" ("concernId", "platformId", "otherName")
      VALUES (${concern.id}::uuid, ${listed.id}::uuid, NULL), (${concern.id}::uuid, ${other.id}::uuid, 'Typed App')`;
    expect(await encryptExistingRows(getDb())).toMatchObject({ ConcernPlatform: 1 });
    const rows = await getDb().concernPlatform.findMany({ where: { concernId: concern.id } });
    expect(Object.fromEntries(rows.map((r) => [r.platformId, r.otherName]))).toEqual({
      [listed.id]: null,
      [other.id]: 'Typed App',
    });
  });
  it('walks a table once, batch after batch, and leaves nothing in plain text', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    // 230 plain chronology entries: five batches of 50 (the last one short), each after the one before.
    await getDb().$executeRaw`INSERT INTO "ConcernEvent" ("concernId", kind, summary)
      SELECT ${concern.id}::uuid, 'NOTE', 'Old note ' || g FROM generate_series(1, 230) g`;
    expect(await encryptExistingRows(getDb(), { batch: 50 })).toMatchObject({ ConcernEvent: 230 });
    const [left] = await getDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ConcernEvent" WHERE summary NOT LIKE 'enc:v2:%'`;
    expect(left!.n).toBe(0);
    const events = await getDb().concernEvent.findMany({
      where: { concernId: concern.id, kind: 'NOTE' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.summary)).toEqual(Array.from({ length: 230 }, (_, i) => `Old note ${i + 1}`));
  });
});

describe('staff authenticator secrets', () => {
  it('are encrypted, and still left out of every query that does not ask for them', async () => {
    const user = await getDb().staffUser.create({
      data: {
        email: `s-${randomBytes(4).toString('hex')}@example.org`,
        name: 'Sam',
        totpSecret: 'JBSWY3DPEHPK3PXP',
      },
    });
    const [stored] = await getDb().$queryRaw<{ totpSecret: string }[]>`
      SELECT "totpSecret" FROM "StaffUser" WHERE id = ${user.id}::uuid`;
    expect(stored!.totpSecret).toMatch(/^enc:v1:staffuser-/);
    const plain = await getDb().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain).not.toHaveProperty('totpSecret');
    const asked = await getDb().staffUser.findUniqueOrThrow({
      where: { id: user.id },
      omit: { totpSecret: false },
    });
    expect(asked.totpSecret).toBe('JBSWY3DPEHPK3PXP');
  });
});

describe('rotating the master key', () => {
  it('re-wraps every data key, after which the old master key can go', async () => {
    const concern = await makeConcern({
      description: 'Kept across rotation',
      reporterEmail: 'p@example.org',
    });
    const oldKeys = LOCAL_DATA_ENCRYPTION_KEYS;
    const newKey = `rotated-1:${randomBytes(32).toString('base64')}`;

    await restartWithKeys(`${newKey},${oldKeys}`);
    const report = await rewrapDataKeys(getDb());
    const dataKeys = await getDb().dataKey.findMany();
    expect(report).toEqual({
      rewrapped: dataKeys.length,
      total: dataKeys.length,
      currentMasterKeyId: 'rotated-1',
    });
    expect(dataKeys.length).toBeGreaterThanOrEqual(7);
    expect(dataKeys.every((k) => k.masterKeyId === 'rotated-1' && k.rewrappedAt)).toBe(true);
    expect(await getDb().auditEntry.count({ where: { action: 'encryption.master-key.rotate' } })).toBe(1);
    expect((await rewrapDataKeys(getDb())).rewrapped).toBe(0);

    await restartWithKeys(newKey);
    const read = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(read).toMatchObject({ description: 'Kept across rotation', reporterEmail: 'p@example.org' });
    const later = await makeConcern({ description: 'Written after rotation' });
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: later.id } })).description).toBe(
      'Written after rotation',
    );

    await restartWithKeys(oldKeys);
    await expect(getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).rejects.toThrow(
      /wrapped by master key "rotated-1", which DATA_ENCRYPTION_KEYS does not list/,
    );
  });
});
