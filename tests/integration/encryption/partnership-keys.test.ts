// Data keys are per partnership (issue 16): a partnership's rows are sealed with its own keys, made the
// first time one is needed; a write learns its partnership from itself, its transaction or a look-up, and
// is refused when it has none; a case moving to another partnership is re-sealed under that one's keys.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClient, getDb } from '@/lib/db';
import { passOnCase } from '@/lib/cases/pass-on-case';
import { acceptTransfer } from '@/lib/transfers/answer-transfer';
import { startTransfer } from '@/lib/transfers/start-transfer';
import { ciphertextKeyId, EncryptionError } from '@/lib/encryption/cipher';
import { PARTNERSHIP_PURPOSES } from '@/lib/encryption/encrypted-fields';
import { makeStaff } from '../../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../../support/factories';
import { makeFullConcern, makeReferenceData } from '../retention/retention-fixtures';

const db = getDb();

/** The partnership (null: service-wide) and table of the key a stored value names. */
async function keyOf(value: string) {
  const id = ciphertextKeyId(value);
  return db.dataKey.findUniqueOrThrow({ where: { id: id! }, select: { partnershipId: true, purpose: true } });
}
const stored = async (table: string, column: string, id: string) =>
  (
    await db.$queryRawUnsafe<{ v: string }[]>(
      `SELECT "${column}"::text AS v FROM "${table}" WHERE id = $1::${table === 'ConcernEvent' ? 'bigint' : 'uuid'}`,
      id,
    )
  )[0]!.v;

describe('a partnership’s data keys', () => {
  it('seal its rows, and only its rows; what belongs to no partnership keeps the service’s keys', async () => {
    const [p1, p2] = [await makePartnership(), await makePartnership()];
    const c1 = await makeConcern({ partnershipId: p1.id, description: 'First partnership’s words' });
    const c2 = await makeConcern({ partnershipId: p2.id, description: 'Second partnership’s words' });
    expect(await keyOf(await stored('Concern', 'description', c1.id))).toEqual({
      partnershipId: p1.id,
      purpose: 'Concern',
    });
    expect((await keyOf(await stored('Concern', 'description', c2.id))).partnershipId).toBe(p2.id);
    // A message names only its concern: its partnership is looked up, and its key is that partnership's.
    const message = await db.message.create({
      data: { concernId: c2.id, author: 'REPORTER', body: 'Hello' },
    });
    expect(await keyOf(await stored('Message', 'body', message.id))).toEqual({
      partnershipId: p2.id,
      purpose: 'Message',
    });
    // An update naming only its row is looked up too (through the message's concern).
    await db.message.update({ where: { id: message.id }, data: { body: 'Hello again' } });
    expect((await keyOf(await stored('Message', 'body', message.id))).partnershipId).toBe(p2.id);
    // Email that names no partnership is the service's.
    const email = await db.outboxEmail.create({
      data: {
        kind: 'staff.x',
        toAddress: 'a@example.org',
        subject: 'S',
        textBody: 'T',
        htmlBody: 'H',
        messageId: `<${randomUUID()}@t>`,
      },
    });
    expect((await keyOf(await stored('OutboxEmail', 'subject', email.id))).partnershipId).toBeNull();
    // One key per table a partnership's rows use, made together.
    expect(await db.dataKey.count({ where: { partnershipId: p1.id } })).toBe(PARTNERSHIP_PURPOSES.length);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).body).toBe('Hello again');
  });

  it('are found in the write’s own transaction, for a concern that transaction made', async () => {
    const p = await makePartnership();
    const eventId = await db.$transaction(async (tx) => {
      const concern = await tx.concern.create({
        data: {
          reference: `TX-${randomUUID().slice(0, 8)}`,
          receiptHash: 'x',
          partnershipId: p.id,
          route: 'FRONT_DOOR',
          happened: 'THIS_WEEK',
          stillHappening: 'NOT_SURE',
          childKnows: 'YES',
          childAge: 9,
          description: 'Made in this transaction',
          reporterRelationship: 'PARENT_OR_CARER',
        },
      });
      // No partnership named: only a look-up inside this transaction can see the concern.
      const event = await tx.concernEvent.create({
        data: { concernId: concern.id, kind: 'NOTE', summary: 'A note in the same transaction' },
      });
      return event.id;
    });
    expect((await keyOf(await stored('ConcernEvent', 'summary', String(eventId)))).partnershipId).toBe(p.id);
  });

  it('are never swapped for a shared key: a row whose partnership cannot be found is refused', async () => {
    const before = await db.concernEvent.count();
    const error = await db.concernEvent
      .create({ data: { concernId: randomUUID(), kind: 'NOTE', summary: 'Belongs to nobody' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncryptionError);
    expect(await db.concernEvent.count()).toBe(before);
  });

  it('are made once when two processes need them at the same moment, and each learns the other’s', async () => {
    const p = await makePartnership();
    const [one, two] = [createClient(undefined, 2), createClient(undefined, 2)];
    await Promise.all([one.$encryptionKeys(), two.$encryptionKeys()]); // both loaded before p had keys
    const [c1, c2] = await Promise.all(
      [one, two].map((client, i) =>
        client.concern.create({
          data: {
            reference: `RACE-${i}-${randomUUID().slice(0, 6)}`,
            receiptHash: 'x',
            partnershipId: p.id,
            route: 'FRONT_DOOR',
            happened: 'THIS_WEEK',
            stillHappening: 'NOT_SURE',
            childKnows: 'YES',
            childAge: 9,
            description: `Written by process ${i}`,
            reporterRelationship: 'PARENT_OR_CARER',
          },
        }),
      ),
    );
    expect(await db.dataKey.count({ where: { partnershipId: p.id } })).toBe(PARTNERSHIP_PURPOSES.length);
    expect((await two.concern.findUniqueOrThrow({ where: { id: c1!.id } })).description).toBe(
      'Written by process 0',
    );
    expect((await one.concern.findUniqueOrThrow({ where: { id: c2!.id } })).description).toBe(
      'Written by process 1',
    );
    await Promise.all([one.$disconnect(), two.$disconnect()]);
  });

  it('of a case passed to another partnership are that one’s: it reads in full after the first’s are destroyed', async () => {
    const refs = await makeReferenceData();
    const [north, south] = [await makePartnership(), await makePartnership()];
    const [from, to] = [await makeSchool(north.id), await makeSchool(south.id)];
    const dsl = await makeStaff(north.id, [{ role: 'DSL', schoolId: from.id }], 'Nell North');
    const concern = await makeFullConcern(refs, {
      partnershipId: north.id,
      schoolId: from.id,
      route: 'SCHOOL',
      status: 'NEW',
      description: 'Words that must travel',
    });
    await db.concernAccountIdentifier.create({
      data: {
        concernId: concern.id,
        partnershipId: north.id,
        platformId: refs.platformId,
        identifier: 'stranger_01',
        identifierHash: 'hmac:test',
      },
    });
    await passOnCase(dsl, { reference: concern.reference, version: 0, to: to.id, reason: 'She moved south' });

    // North's keys destroyed, as its leaving would; this process forgets them.
    await db.dataKey.deleteMany({ where: { partnershipId: north.id } });
    await db.$reloadEncryptionKeys();
    const read = await db.concern.findUniqueOrThrow({
      where: { id: concern.id },
      include: { events: true, messages: true, referrals: true, accountIdentifiers: true, moves: true },
    });
    expect(read.description).toBe('Words that must travel');
    expect(read.events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Sent by the reporter.', 'Decided to refer.', `Passed on to ${to.name}.`]),
    );
    expect(read.events.find((e) => e.kind === 'DECISION')?.detail).toEqual({ reason: 'Risk' });
    expect(read.messages.map((m) => m.body)).toEqual(['Thank you for telling us.']);
    expect(read.referrals.map((r) => r.theirReference)).toEqual(['P-1']);
    expect(read.accountIdentifiers.map((a) => a.identifier)).toEqual(['stranger_01']);
    expect(read.moves.map((m) => m.reason)).toEqual(['She moved south']);
    // The chronology allowed exactly that re-seal, and still refuses any other change.
    await expect(
      db.$executeRaw`UPDATE "ConcernEvent" SET summary = summary || 'x' WHERE "concernId" = ${concern.id}::uuid`,
    ).rejects.toThrow(/append-only/);
  });

  it('of a case whose file another partnership’s school accepted are that one’s too', async () => {
    const [north, south] = [await makePartnership(), await makePartnership()];
    const [from, to] = [await makeSchool(north.id), await makeSchool(south.id)];
    const sender = await makeStaff(north.id, [{ role: 'DSL', schoolId: from.id }], 'Nia North');
    const receiver = await makeStaff(south.id, [{ role: 'DSL', schoolId: to.id }], 'Sol South');
    const concern = await makeConcern({
      partnershipId: north.id,
      schoolId: from.id,
      route: 'SCHOOL',
      description: 'A file that changes hands',
    });
    const { transferId } = await startTransfer(sender, {
      reference: concern.reference,
      version: 0,
      to: to.id,
      childStartsOn: new Date(),
      note: 'Her mother knows about the move.',
    });
    await acceptTransfer(receiver, { transferId });

    await db.dataKey.deleteMany({ where: { partnershipId: north.id } });
    await db.$reloadEncryptionKeys();
    const read = await db.concern.findUniqueOrThrow({
      where: { id: concern.id },
      include: { events: true, fileTransfers: true },
    });
    expect(read.partnershipId).toBe(south.id);
    expect(read.description).toBe('A file that changes hands');
    expect(read.fileTransfers.map((t) => t.note)).toEqual(['Her mother knows about the move.']);
    expect(read.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['TRANSFER_SENT', 'TRANSFER_ACCEPTED']),
    );
    expect(read.events.every((e) => e.summary.length > 0)).toBe(true);
  });
});
