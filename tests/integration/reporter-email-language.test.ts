// Emails to a parent are in the language they wrote their report in (Concern.language), sent over real
// SMTP: the acknowledgement when they send it, and "there is a new message" when the team replies. The
// reply itself is never in the email (the parent reads it on the follow-up page, as the team wrote it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageReporter } from '@/lib/cases/message-reporter';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { sendDueEmails } from '@/lib/outbox/send-due-emails';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeStaff } from '../support/case-staff';
import { makeConcern } from '../support/factories';
import { completeAnswers, makeReportingWorld, startJourney } from '../support/report-fixtures';

let catcher: MailCatcher;
const dir = mkdtempSync(join(tmpdir(), 'sg-reporter-mail-'));

beforeAll(async () => {
  catcher = await startMailCatcher(dir);
  process.env.SMTP_URL = catcher.url;
  resetEnvForTests();
});
afterAll(async () => {
  await catcher.close();
  await closeRateLimits();
});

async function deliverTo(address: string) {
  while ((await sendDueEmails({ db: getDb(), workerId: 'w1', now: new Date(), batchSize: 25 })).sent > 0);
  const mail = (await readCaughtMail(dir)).filter((m) => m.to === address);
  expect(mail).toHaveLength(1);
  return mail[0]!;
}

describe('emails to the parent', () => {
  it('tell a parent who wrote in Welsh, in Welsh, that the team replied, without the reply', async () => {
    const world = await makeReportingWorld();
    const dsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }], 'Priya');
    const concern = await makeConcern({
      partnershipId: world.partnership.id,
      schoolId: world.school.id,
      route: 'SCHOOL',
      reporterEmail: 'rhiant@example.cymru',
      language: 'cy',
    });
    await messageReporter(dsl, {
      reference: concern.reference,
      version: concern.version,
      body: 'Could you tell us when this started?',
    });
    const stored = await getDb().outboxEmail.findFirstOrThrow({
      where: { concernId: concern.id, kind: 'reporter.new-message' },
    });
    expect(stored.htmlBody).toContain('<html lang="cy">');
    const mail = await deliverTo('rhiant@example.cymru');
    expect(mail.subject).toBe(`Mae neges newydd am eich pryder (cyfeirnod ${concern.reference})`);
    expect(mail.text).toContain('I’w darllen, rhowch eich cyfeirnod a’ch cod cyfrinachol yma:');
    expect(mail.text).toContain('ffoniwch 999');
    expect(mail.text).not.toMatch(/There is a new message|To read it|danger/);
    expect(mail.text).not.toContain('when this started');
  });

  it('acknowledge a report sent in Welsh in Welsh, and one sent in English in English', async () => {
    const world = await makeReportingWorld();
    await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }], 'Rhys');
    for (const [language, address] of [
      ['cy', 'cymraeg@example.cymru'],
      ['en', 'english@example.com'],
    ] as const) {
      const token = await startJourney(
        completeAnswers(world, {
          contact: 'CONTACT',
          reporterName: 'Sam',
          reporterEmail: address,
          reporterPhone: '',
        }),
      );
      const outcome = await submitConcern({
        token,
        partnershipId: world.partnership.id,
        honeypot: '',
        address: language === 'cy' ? '192.0.2.61' : '192.0.2.62',
        language,
      });
      expect(outcome.kind).toBe('sent');
    }
    // The stored HTML says its language (the outbox empties it once sent).
    const stored = await getDb().outboxEmail.findMany({ where: { kind: 'reporter.acknowledgement' } });
    const html = Object.fromEntries(stored.map((e) => [e.toAddress, e.htmlBody]));
    expect(html['cymraeg@example.cymru']).toContain('<html lang="cy">');
    expect(html['english@example.com']).toContain('<html lang="en-GB">');
    const welsh = await deliverTo('cymraeg@example.cymru');
    expect(welsh.subject).toMatch(/^Mae eich adroddiad gennym ni \(cyfeirnod [2-9A-Z]{4}-[2-9A-Z]{4}\)$/);
    expect(welsh.text).toContain('Diolch am ddweud wrthym.');
    expect(welsh.text).not.toContain('Thank you');
    const english = await deliverTo('english@example.com');
    expect(english.subject).toMatch(/^We have your report \(reference /);
  });
});
