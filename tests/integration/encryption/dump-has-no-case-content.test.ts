// "A dump of the database contains none of them in plain text." Case content goes in through the real
// code paths (the parent's journey, the staff record, the reporter's follow-up), then every table is
// dumped with COPY … TO STDOUT (tests/support/database-dump.ts: pg_dump 15 here refuses Postgres 18) and
// the database's files on disk are read after a CHECKPOINT. Values this short are stored inline and
// uncompressed (TOAST compresses only rows over about 2 kB), so plain text would be found byte for byte;
// a member of staff's name, kept in plain text on purpose, proves both searches can find things.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '@/lib/accounts/create-invitation';
import { invitationSchema } from '@/lib/accounts/invitation-schema';
import { requestPasswordReset } from '@/lib/auth/password/request-password-reset';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { messageReporter } from '@/lib/cases/message-reporter';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { recordCaseDecision } from '@/lib/cases/record-case-decision';
import { recordCaseReferral } from '@/lib/cases/record-case-referral';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { addInformation } from '@/lib/follow-up/add-information';
import { setLegalHold } from '@/lib/retention/set-legal-hold';
import { replyToTeam } from '@/lib/follow-up/reply-to-team';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeStaff } from '../../support/case-staff';
import { dumpAllTables } from '../../support/database-dump';
import { completeAnswers, makeReportingWorld, startJourney } from '../../support/report-fixtures';

const tag = (label: string) => `${label}-${randomBytes(8).toString('hex')}`;
const marks = {
  description: tag('description'),
  childName: tag('child'),
  reporterName: tag('reporter'),
  reporterEmail: `${tag('mail')}@example.org`,
  reporterPhone: `07700 9${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`,
  reporterSafeTimes: tag('safe-times'),
  unsentDraft: tag('draft'),
  note: tag('note'),
  decisionReason: tag('decision'),
  theirReference: tag('police-ref'),
  staffMessage: tag('message'),
  reply: tag('reply'),
  addedInformation: tag('information'),
  outcome: tag('outcome'),
  statusReason: tag('closing'),
  platformOther: tag('platform-typed-by-parent'),
  strangerAccount: tag('stranger-account'),
  harmOther: tag('harm-typed-by-parent'),
  relationshipOther: tag('relationship-typed-by-parent'),
  legalHoldReason: tag('court-order'),
};
const control = tag('staff-name');
/** Bearer links the app emails: read back through the app once queued, then looked for in the dump. */
const links: Record<string, string> = {};

async function emailedLink(to: string, path: RegExp): Promise<string> {
  const mail = await getDb().outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: 'desc' },
  });
  const link = path.exec(mail.textBody)?.[0];
  if (!link) throw new Error('no link in the email');
  return link;
}

let concernId = '';
beforeAll(async () => {
  const world = await makeReportingWorld();
  const otherHarm = await getDb().harmCategory.create({
    data: { slug: tag('other'), name: tag('Something else'), isOther: true },
  });
  const answers = completeAnswers(world, {
    childName: marks.childName,
    description: marks.description,
    platforms: [world.platform.id, world.other.id],
    platformOther: marks.platformOther,
    accounts: { [world.platform.id]: marks.strangerAccount },
    harms: [world.harm.id, otherHarm.id],
    harmOther: marks.harmOther,
    relationship: 'OTHER',
    relationshipOther: marks.relationshipOther,
    contact: 'CONTACT',
    reporterName: marks.reporterName,
    reporterEmail: marks.reporterEmail,
    reporterPhone: marks.reporterPhone,
    reporterSafeTimes: marks.reporterSafeTimes,
  });
  await startJourney(completeAnswers(world, { description: marks.unsentDraft }));
  const sent = await submitConcern({
    token: await startJourney(answers),
    partnershipId: world.partnership.id,
    honeypot: '',
    address: '198.51.100.7',
  });
  if (sent.kind !== 'sent') throw new Error(`expected sent, got ${sent.kind}`);
  const dsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }], control);
  const reference = sent.reference;
  const next = async () => ({
    reference,
    version: (await getDb().concern.findUniqueOrThrow({ where: { reference } })).version,
  });
  await readCaseRecord(dsl, reference, 'view');
  await addCaseNote(dsl, { ...(await next()), note: marks.note });
  await recordCaseDecision(dsl, {
    ...(await next()),
    decision: 'Speak to the child',
    decisionReason: marks.decisionReason,
  });
  await recordCaseReferral(dsl, {
    ...(await next()),
    destination: 'POLICE',
    referredOn: new Date('2026-11-01'),
    theirReference: marks.theirReference,
  });
  await messageReporter(dsl, { ...(await next()), body: marks.staffMessage });
  concernId = (await getDb().concern.findUniqueOrThrow({ where: { reference } })).id;
  await replyToTeam(concernId, { text: marks.reply, sendKey: randomUUID() });
  await addInformation(concernId, { text: marks.addedInformation, sendKey: randomUUID() });
  await changeCaseStatus(dsl, {
    ...(await next()),
    status: 'CLOSED',
    outcome: marks.outcome,
    statusReason: marks.statusReason,
  });
  await requestPasswordReset(dsl.email, '192.0.2.10');
  links.passwordReset = await emailedLink(dsl.email, /\/reset-password\/[A-Za-z0-9_-]{43}/);
  const admin = await makeStaff(world.partnership.id, [{ role: 'ADMIN' }], 'Grace');
  await setLegalHold(admin.id, world.partnership.id, {
    reference,
    reason: marks.legalHoldReason,
    hold: true,
  });
  const invited = `${tag('invited')}@example.org`;
  await createInvitation(
    admin.id,
    world.partnership.id,
    invitationSchema.parse({ name: 'Nia Okafor', email: invited, role: 'DSL', schoolId: world.school.id }),
  );
  links.invitation = await emailedLink(invited, /\/invitation\/[A-Za-z0-9_-]{43}/);
}, 60_000);
afterAll(() => closeRateLimits());

describe('case content at rest', () => {
  it('reads back as written through the app', async () => {
    const record = await getDb().concern.findUniqueOrThrow({
      where: { id: concernId },
      include: { events: true, messages: true, referrals: true },
    });
    expect(record).toMatchObject({
      description: marks.description,
      childName: marks.childName,
      reporterName: marks.reporterName,
      reporterEmail: marks.reporterEmail,
      reporterPhone: marks.reporterPhone,
      reporterSafeTimes: marks.reporterSafeTimes,
      harmOther: marks.harmOther,
      relationshipOther: marks.relationshipOther,
      outcome: marks.outcome,
    });
    const everything = JSON.stringify(record, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    for (const label of [
      'note',
      'decisionReason',
      'theirReference',
      'staffMessage',
      'reply',
      'addedInformation',
    ] as const)
      expect(everything, label).toContain(marks[label]);
  });

  it('is in no table of a full dump, which does hold what is kept in plain text', async () => {
    const dump = await dumpAllTables(getEnv().DATABASE_URL);
    expect(dump.tables).toEqual(
      expect.arrayContaining(['public."Concern"', 'public."DataKey"', 'public."OutboxEmail"']),
    );
    expect(dump.text).toContain(control);
    for (const [label, mark] of Object.entries({ ...marks, ...links }))
      expect(dump.text.includes(mark), label).toBe(false);
    expect(dump.text).toMatch(/enc:v1:concern-/);
  });

  it('is in none of the database’s files on disk, which do hold what is kept in plain text', async () => {
    const db = getDb();
    await db.$executeRawUnsafe('CHECKPOINT');
    const [place] = await db.$queryRaw<{ dir: string; oid: number }[]>`
      SELECT current_setting('data_directory') AS dir, oid::int AS oid FROM pg_database
      WHERE datname = current_database()`;
    const files = [
      ...listFiles(join(place!.dir, 'base', String(place!.oid))),
      ...listFiles(join(place!.dir, 'pg_wal')),
    ];
    const needles = Object.entries({ ...marks, ...links, control }).map(
      ([label, text]) => [label, Buffer.from(text)] as const,
    );
    const found = new Set<string>();
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const [label, needle] of needles) if (bytes.includes(needle)) found.add(label);
    }
    expect([...found]).toEqual(['control']);
  }, 120_000);
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isDirectory() ? listFiles(path) : stat.isFile() ? [path] : [];
  });
}
