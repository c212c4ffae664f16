// Queued email is written by one raw INSERT whose values are sealed before it is sent (issue 18): the rows
// must be those a Prisma create through the encryption extension stores, and read back the same way.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { ciphertextKeyId, isCiphertext } from '@/lib/encryption/cipher';
import { enqueueEmail, enqueueEmails, type QueuedEmail } from '@/lib/outbox/enqueue-email';
import { onTable, outline, statementsSent } from '../support/statements-sent';
import { makePartnership } from '../support/factories';

const db = getDb();

interface StoredEmail {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  partnershipId: string | null;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  lockedAt: Date | null;
  sentAt: Date | null;
}

/** The row as stored: what a look at the table (or a dump) sees. */
const stored = async (messageId: string) =>
  (
    await db.$queryRaw<StoredEmail[]>`
      SELECT id::text, kind, "toAddress", subject, "textBody", "htmlBody", "partnershipId"::text,
        status::text, attempts, "nextAttemptAt", "createdAt", "lockedAt", "sentAt"
      FROM "OutboxEmail" WHERE "messageId" = ${messageId}`
  )[0]!;

/** The partnership (null: service-wide) and purpose of the key a stored value names. */
const keyOf = (value: string) =>
  db.dataKey.findUniqueOrThrow({
    where: { id: ciphertextKeyId(value)! },
    select: { partnershipId: true, purpose: true },
  });

const email = (overrides: Partial<QueuedEmail> = {}): QueuedEmail => ({
  kind: 'reporter.acknowledgement',
  to: 'parent@home.example',
  subject: 'We have your report',
  text: 'Thank you. Your reference is ABC-123.',
  html: '<p>Thank you. Your reference is ABC-123.</p>',
  messageId: `<${randomUUID()}@test>`,
  partnershipId: null,
  ...overrides,
});

const queue = (emails: QueuedEmail[]) => db.$transaction((tx) => enqueueEmails(tx, emails));

describe('queuing email', () => {
  it('stores ciphertext under the partnership’s key that reads back through Prisma as what was queued', async () => {
    const p = await makePartnership();
    const queued = email({ partnershipId: p.id });
    const before = Date.now();
    await queue([queued]);

    const raw = await stored(queued.messageId);
    for (const value of [raw.subject, raw.textBody, raw.htmlBody, raw.toAddress]) {
      expect(isCiphertext(value)).toBe(true);
      expect(await keyOf(value)).toEqual({ partnershipId: p.id, purpose: 'OutboxEmail' });
    }
    expect(raw).toMatchObject({
      partnershipId: p.id,
      status: 'PENDING',
      attempts: 0,
      lockedAt: null,
      sentAt: null,
    });
    expect(raw.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(raw.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(raw.createdAt.getTime()).toBe(raw.nextAttemptAt.getTime());

    const read = await db.outboxEmail.findUniqueOrThrow({ where: { messageId: queued.messageId } });
    expect(read).toMatchObject({
      id: raw.id,
      kind: queued.kind,
      toAddress: queued.to,
      subject: queued.subject,
      textBody: queued.text,
      htmlBody: queued.html,
      concernId: null,
    });
  });

  it('keeps a member of staff’s address plain, seals service mail under the service’s key and leaves an empty body empty', async () => {
    const queued = email({ kind: 'staff.password-reset', to: 'dsl@school.example', text: '' });
    await queue([queued]);
    const raw = await stored(queued.messageId);
    expect(raw.toAddress).toBe('dsl@school.example');
    expect(raw.textBody).toBe('');
    for (const value of [raw.subject, raw.htmlBody]) {
      expect(await keyOf(value)).toEqual({ partnershipId: null, purpose: 'OutboxEmail' });
    }
    const read = await db.outboxEmail.findUniqueOrThrow({ where: { messageId: queued.messageId } });
    expect(read).toMatchObject({ subject: queued.subject, htmlBody: queued.html, textBody: '' });
  });

  it('stores a row like one Prisma creates: the same columns, each plain or sealed alike', async () => {
    const p = await makePartnership();
    const queued = email({ partnershipId: p.id });
    await queue([queued]);
    const viaPrisma = `<${randomUUID()}@test>`;
    await db.outboxEmail.create({
      data: {
        kind: queued.kind,
        toAddress: queued.to,
        subject: queued.subject,
        textBody: queued.text,
        htmlBody: queued.html,
        messageId: viaPrisma,
        partnershipId: p.id,
      },
    });
    const [raw, prisma] = [await stored(queued.messageId), await stored(viaPrisma)];
    const shape = (row: StoredEmail) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          typeof value === 'string' && isCiphertext(value)
            ? `sealed under ${ciphertextKeyId(value)}`
            : value instanceof Date || column === 'id'
              ? typeof value
              : value,
        ]),
      );
    expect(shape(raw)).toEqual(shape(prisma));
  });

  it('ignores a second email with the same messageId, in a later call or the same one', async () => {
    const p = await makePartnership();
    const first = email({ partnershipId: p.id });
    await queue([first]);
    const before = await stored(first.messageId);
    await queue([
      { ...first, subject: 'Another subject' },
      { ...first, to: 'other@home.example' },
    ]);
    expect(await stored(first.messageId)).toEqual(before);
    expect(await db.outboxEmail.count({ where: { messageId: first.messageId } })).toBe(1);
    const twice = email();
    await queue([twice, { ...twice, subject: 'Second' }]);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { messageId: twice.messageId } })).subject).toBe(
      twice.subject,
    );
  });

  it('keeps notBefore', async () => {
    const notBefore = new Date('2026-12-07T07:30:00.123Z');
    const [later, now] = [email({ notBefore }), email()];
    await queue([later, now]);
    expect((await stored(later.messageId)).nextAttemptAt).toEqual(notBefore);
    expect((await stored(now.messageId)).nextAttemptAt.getTime()).toBeLessThan(notBefore.getTime());
  });

  it('writes any number of emails, of several partnerships and none, in one statement; none for no email', async () => {
    const [p1, p2] = [await makePartnership(), await makePartnership()];
    await db.$encryptionKeys([p1.id, p2.id]); // each partnership's first keys are made on a connection of their own
    const emails = [
      email({ partnershipId: p1.id }),
      email({ partnershipId: p2.id }),
      email({ partnershipId: null, kind: 'staff.sign-in-warning' }),
    ];
    const many = await db.$transaction((tx) => statementsSent(() => enqueueEmails(tx, emails)));
    expect(outline(many.sent)).toHaveLength(1);
    expect(onTable(many.sent, 'INSERT', 'OutboxEmail')).toBe(1);
    const owners = await Promise.all(
      emails.map(async (e) => (await keyOf((await stored(e.messageId)).subject)).partnershipId),
    );
    expect(owners).toEqual([p1.id, p2.id, null]);

    const none = await db.$transaction((tx) => statementsSent(() => enqueueEmails(tx, [])));
    expect(none.sent).toEqual([]);
  });

  it('never stores an email whose transaction rolls back', async () => {
    const queued = email();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, queued);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.outboxEmail.count({ where: { messageId: queued.messageId } })).toBe(0);
  });
});
