import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { sendDueEmails } from '@/lib/outbox/send-due-emails';
import { makeArea, makeStaff, SECRET_DETAILS, submitConcern } from '../support/delivery';
import { makeSchool } from '../support/factories';

let catcher: MailCatcher;
const dir = mkdtempSync(join(tmpdir(), 'sg-notifications-'));

beforeAll(async () => {
  catcher = await startMailCatcher(dir);
  process.env.SMTP_URL = catcher.url;
  process.env.APP_URL = 'https://report.northshire.example';
  process.env.MAIL_FROM = '"Northshire Safeguarding" <alerts@northshire.example>';
  resetEnvForTests();
});
afterAll(() => catcher.close());

const drain = () => sendDueEmails({ db: getDb(), workerId: 'test', now: new Date(Date.now() + 1000) });
const rawMail = () => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
/** Each caught message decoded (headers, text and HTML), so an encoded line break cannot hide a leak. */
const decodedMail = () =>
  Promise.all(
    readdirSync(dir).map(async (f) => {
      const parsed = await simpleParser(readFileSync(join(dir, f)));
      return `${parsed.subject}\n${parsed.text}\n${parsed.html || ''}`;
    }),
  );

describe('notifications of a new concern', () => {
  it('emails each DSL and deputy of the school and acknowledges the reporter, with no case content', async () => {
    const area = await makeArea();
    await makeStaff(area.partnership.id, 'DSL', area.school.id, false); // deactivated: not notified
    const concern = await submitConcern(area, { urgent: true, reporterEmail: 'parent@home.example' });
    await drain();

    const mail = (await readCaughtMail(dir)).filter((m) => m.subject.includes(concern.reference));
    expect(mail.map((m) => m.to).sort()).toEqual(
      [area.dsl.email, area.deputy.email, 'parent@home.example'].sort(),
    );
    const notification = mail.find((m) => m.to === area.dsl.email);
    expect(notification?.subject).toBe(
      `URGENT: A new safeguarding concern for ${area.school.name} — sign in to view it (reference ${concern.reference})`,
    );
    expect(notification?.from).toContain('alerts@northshire.example');
    expect(notification?.text).toContain('https://report.northshire.example/cases');
    const ack = mail.find((m) => m.to === 'parent@home.example');
    expect(ack?.text).toContain(concern.reference);
    expect(ack?.text).not.toContain(area.school.name);

    const decoded = await decodedMail();
    expect(decoded.length).toBeGreaterThanOrEqual(3);
    for (const message of [...decoded, ...rawMail()]) {
      for (const secret of Object.values(SECRET_DETAILS)) expect(message).not.toContain(secret);
      expect(message).not.toMatch(/Snapchat|Zebedee|Marchbanks|07700900123/);
    }
    // The school's name is escaped in the HTML part.
    expect(decoded.some((message) => message.includes('Oak &amp; Ash Primary'))).toBe(true);
  }, 60_000);

  it('sends to the front door members and mailbox when the school is unknown, and records it', async () => {
    const area = await makeArea();
    const concern = await submitConcern({ partnership: area.partnership, school: null });
    await drain();
    const mail = (await readCaughtMail(dir)).filter((m) => m.subject.includes(concern.reference));
    expect(mail.map((m) => m.to).sort()).toEqual(
      [area.frontDoor.email, area.partnership.frontDoorEmail].sort(),
    );
    expect(mail[0]?.subject.startsWith('A new safeguarding concern for Test Partnership front door')).toBe(
      true,
    );
    const queued = await getDb().outboxEmail.findMany({
      where: { concernId: concern.id },
      select: { kind: true },
    });
    expect(queued.map((e) => e.kind)).toEqual(['concern.new', 'concern.new']);
    const routed = await getDb().concernEvent.findFirst({ where: { concernId: concern.id, kind: 'ROUTED' } });
    expect(routed?.detail).toMatchObject({ route: 'FRONT_DOOR', alerted: 2 });
  });

  it('sends to the front door, naming the school, when the school has no active safeguarding lead', async () => {
    const area = await makeArea();
    const school = await makeSchool(area.partnership.id);
    await makeStaff(area.partnership.id, 'DSL', school.id, false);
    const concern = await submitConcern({ partnership: area.partnership, school });
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).route).toBe('FRONT_DOOR');
    await drain();
    const mail = (await readCaughtMail(dir)).filter((m) => m.subject.includes(concern.reference));
    expect(mail.map((m) => m.to).sort()).toEqual(
      [area.frontDoor.email, area.partnership.frontDoorEmail].sort(),
    );
    expect(mail[0]?.subject).toContain(`for ${school.name} —`);
  });

  it('sends nothing for a concern whose transaction fails after it was stored and routed', async () => {
    const area = await makeArea();
    const before = await getDb().outboxEmail.count();
    await expect(
      submitConcern(area, { reporterEmail: 'parent@home.example' }, () => {
        throw new Error('the submission failed after routing');
      }),
    ).rejects.toThrow('the submission failed');
    expect(await getDb().outboxEmail.count()).toBe(before);
    expect(await getDb().concern.count({ where: { schoolId: area.school.id } })).toBe(0);
    const mailBefore = (await readCaughtMail(dir)).length;
    await drain();
    expect((await readCaughtMail(dir)).length).toBe(mailBefore);
  });
});
