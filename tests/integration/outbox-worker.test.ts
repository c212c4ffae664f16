import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, getDb, type Db } from '@/lib/db';
import { getEnv, resetEnvForTests } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { freePort } from '@/lib/database/scratch';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { listDeadEmails } from '@/lib/outbox/list-dead-emails';
import { retryDeadEmail } from '@/lib/outbox/retry-dead-email';
import { sendDueEmails } from '@/lib/outbox/send-due-emails';
import { makeStaff, submitConcern } from '../support/delivery';
import { makePartnership, makeSchool } from '../support/factories';

const HOUR = 60 * 60 * 1000;
let port: number;
let catcher: MailCatcher | undefined;
const dir = mkdtempSync(join(tmpdir(), 'sg-outbox-'));

beforeAll(async () => {
  port = await freePort();
  // Nothing listens on this port yet: SMTP is "down" until a test starts the catcher on it.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvForTests();
});
afterAll(async () => catcher?.close());

async function smtpUp() {
  catcher ??= await startMailCatcher(dir, port);
}
const at = (t0: number, hours: number) => new Date(t0 + hours * HOUR);
const sendAll = async (db: Db, workerId: string, now: Date) => {
  let total = 0;
  for (;;) {
    const r = await sendDueEmails({ db, workerId, now, batchSize: 25 });
    total += r.sent;
    if (r.sent + r.retrying + r.dead === 0) return total;
  }
};

describe('the outbox worker', () => {
  it('keeps 100 concerns’ email while SMTP is down for an hour and delivers each exactly once after', async () => {
    const partnership = await makePartnership();
    const school = await makeSchool(partnership.id);
    await makeStaff(partnership.id, 'DSL', school.id);
    const area = { partnership, school };
    const t0 = Date.now();
    const concerns = [];
    for (let i = 0; i < 100; i++)
      concerns.push(await submitConcern(area, { reporterEmail: `parent${i}@home.example` }));
    const refs = new Set(concerns.map((c) => c.reference));

    // The worker ticks every simulated minute for an hour against a port nothing listens on: every due
    // email is really attempted (connection refused) and rescheduled; none is lost, sent or given up.
    let attempted = 0;
    for (let minute = 0; minute <= 60; minute += 1) {
      const pass = await sendDueEmails({
        db: getDb(),
        workerId: 'w1',
        now: at(t0, minute / 60),
        batchSize: 500,
      });
      expect(pass.sent + pass.dead).toBe(0);
      attempted += pass.retrying;
    }
    expect(attempted).toBeGreaterThan(200 * 5); // backoff: 30 s, 1, 2, 4, 8, 16, 32 minutes…
    expect(await getDb().outboxEmail.count({ where: { status: 'PENDING', attempts: { gte: 5 } } })).toBe(200);

    // SMTP is back: the worker keeps ticking each minute until the longest backoff (an hour + jitter) is due.
    await smtpUp();
    let delivered = 0;
    for (let minute = 61; minute <= 200; minute += 1)
      delivered += await sendAll(getDb(), 'w1', at(t0, minute / 60));
    expect(delivered).toBe(200);
    const mail = (await readCaughtMail(dir)).filter((m) =>
      refs.has(/reference ([A-Z0-9-]+)/.exec(m.subject)?.[1] ?? ''),
    );
    const alerts = mail.filter((m) => m.subject.startsWith('A new safeguarding concern'));
    const acks = mail.filter((m) => m.subject.startsWith('We have your report'));
    expect(alerts).toHaveLength(100);
    expect(new Set(alerts.map((m) => m.subject)).size).toBe(100);
    expect(acks).toHaveLength(100);
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(mail.length);
    expect(await sendAll(getDb(), 'w1', at(t0, 30))).toBe(0);
  }, 180_000); // real SMTP and 100 transactions: slow when the machine is busy

  it('never sends an email twice when two workers share the database', async () => {
    await smtpUp();
    const second = createClient(getEnv().DATABASE_URL, 5);
    try {
      const t0 = Date.now();
      await getDb().$transaction(
        async (tx) => {
          for (let i = 0; i < 300; i++) {
            await enqueueEmail(tx, {
              kind: 'test.two-workers',
              partnershipId: null,
              to: `person${i}@staff.example`,
              subject: `Two workers ${i}`,
              text: 'x',
              html: '<p>x</p>',
              messageId: `<two-workers.${t0}.${i}@test>`,
            });
          }
        },
        { maxWait: 30_000, timeout: 60_000 },
      ); // 300 inserts: slow when the machine is busy
      const [a, b] = await Promise.all([
        sendAll(getDb(), 'worker-a', at(t0, 0.01)),
        sendAll(second, 'worker-b', at(t0, 0.01)),
      ]);
      expect(a + b).toBe(300);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      const mail = (await readCaughtMail(dir)).filter((m) => m.messageId.startsWith(`<two-workers.${t0}.`));
      expect(mail).toHaveLength(300);
      expect(new Set(mail.map((m) => m.messageId)).size).toBe(300);
    } finally {
      await second.$disconnect();
    }
  }, 120_000);

  it('sends again, with the same Message-ID, an email whose worker died mid-send', async () => {
    await smtpUp();
    const t0 = Date.now();
    await getDb().$transaction((tx) =>
      enqueueEmail(tx, {
        kind: 'test.crash',
        partnershipId: null,
        to: 'a@b.example',
        subject: 'Crash',
        text: 'x',
        html: 'x',
        messageId: `<crash.${t0}@test>`,
      }),
    );
    await getDb().outboxEmail.updateMany({
      where: { messageId: `<crash.${t0}@test>` },
      data: { status: 'SENDING', lockedAt: at(t0, 0), lockedBy: 'dead-worker', attempts: 1 },
    });
    expect(await sendAll(getDb(), 'w2', at(t0, 0.05))).toBe(0); // lease still held
    expect(await sendAll(getDb(), 'w2', at(t0, 0.2))).toBe(1); // lease expired: taken over
    const mail = (await readCaughtMail(dir)).filter((m) => m.messageId === `<crash.${t0}@test>`);
    expect(mail).toHaveLength(1);
  });

  it('keeps subject and bodies encrypted, and forgets the bodies once sent (a dead letter keeps them)', async () => {
    const t0 = Date.now();
    const queue = (name: string) =>
      getDb().$transaction((tx) =>
        enqueueEmail(tx, {
          kind: 'staff.password-reset',
          partnershipId: null,
          to: `${name}@school.example`,
          subject: `Subject ${name}`,
          text: `Link https://app.example/reset-password/${name}`,
          html: `<a href="https://app.example/reset-password/${name}">reset</a>`,
          messageId: `<${name}@test>`,
        }),
      );
    const stored = (name: string) =>
      getDb().$queryRaw<{ subject: string; textBody: string; htmlBody: string; status: string }[]>`
        SELECT subject, "textBody", "htmlBody", status::text FROM "OutboxEmail" WHERE "messageId" = ${`<${name}@test>`}`;
    const sent = `sent-${t0}`;
    const dead = `dead-${t0}`;
    await queue(sent);
    await queue(dead);
    for (const name of [sent, dead]) {
      const [row] = await stored(name);
      for (const value of [row!.subject, row!.textBody, row!.htmlBody]) {
        expect(value).toMatch(/^enc:v1:/);
        expect(value).not.toContain(name);
      }
    }
    const refuse = async (email: { subject: string }) => {
      if (email.subject.includes(dead)) throw Object.assign(new Error('550'), { responseCode: 550 });
    };
    await sendDueEmails({ db: getDb(), workerId: 'w5', now: at(t0, 0), send: refuse });
    await sendDueEmails({ db: getDb(), workerId: 'w5', now: at(t0, 30), send: refuse });
    const [sentRow] = await stored(sent);
    expect(sentRow).toMatchObject({ status: 'SENT', textBody: '', htmlBody: '' });
    expect(sentRow!.subject).toMatch(/^enc:v1:/);
    const kept = await getDb().outboxEmail.findUniqueOrThrow({ where: { messageId: `<${sent}@test>` } });
    expect(kept).toMatchObject({
      toAddress: `${sent}@school.example`,
      subject: `Subject ${sent}`,
      textBody: '',
    });
    expect(kept.sentAt).not.toBeNull();
    const deadRow = await getDb().outboxEmail.findUniqueOrThrow({ where: { messageId: `<${dead}@test>` } });
    expect(deadRow).toMatchObject({
      status: 'DEAD',
      textBody: `Link https://app.example/reset-password/${dead}`,
    });
  });

  it('retries for 24 hours, then dead-letters the email until an administrator retries it', async () => {
    const closedPort = await freePort();
    const t0 = Date.now();
    const messageId = `<dead.${t0}@test>`;
    const partnership = await makePartnership();
    await getDb().$transaction((tx) =>
      enqueueEmail(tx, {
        kind: 'concern.new',
        to: 'dsl@school.example',
        subject: 'Dead',
        text: 'x',
        html: 'x',
        messageId,
        partnershipId: partnership.id,
      }),
    );
    const refused = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:' + closedPort), { code: 'ESOCKET' });
    };
    const row = () => getDb().outboxEmail.findUniqueOrThrow({ where: { messageId } });
    let hours = 0;
    for (; hours < 24; hours += 1) {
      await sendDueEmails({ db: getDb(), workerId: 'w3', now: at(t0, hours), send: refused });
      expect((await row()).status).toBe('PENDING');
    }
    expect((await row()).attempts).toBeGreaterThanOrEqual(10);
    // Past the window, and past the latest the last hourly retry can be due (1 hour + 20% jitter).
    await sendDueEmails({ db: getDb(), workerId: 'w3', now: at(t0, 25.5), send: refused });
    const dead = await row();
    expect(dead.status).toBe('DEAD');
    expect(dead.lastError).toBe('ESOCKET');
    const listed = await listDeadEmails(partnership.id, getDb());
    expect(listed.find((d) => d.id === dead.id)).toMatchObject({
      kind: 'concern.new',
      recipient: 'd***@school.example',
    });

    await smtpUp();
    expect(await sendAll(getDb(), 'w3', at(t0, 48))).toBe(0); // dead letters are left alone
    const admin = await makeStaff(partnership.id, 'ADMIN');
    const retry = { outboxId: dead.id, actorId: admin.id, partnershipId: partnership.id, now: at(t0, 48) };
    expect(await retryDeadEmail(retry, getDb())).toBe(true);
    expect(await retryDeadEmail(retry, getDb())).toBe(false);
    expect(await sendAll(getDb(), 'w3', at(t0, 48))).toBe(1);
    expect((await row()).status).toBe('SENT');
    const audit = await getDb().auditEntry.findMany({ where: { action: 'email.retry', subjectId: dead.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(admin.id);
  });
});
