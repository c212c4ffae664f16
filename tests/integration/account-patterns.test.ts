import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectAccountPatterns, PATTERN_QUIET_DAYS } from '@/lib/account-identifiers/detect-account-patterns';
import { listAccountPatterns } from '@/lib/account-identifiers/list-account-patterns';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import type { Answers } from '@/lib/reporting/answers';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { statementsSent } from '../support/statements-sent';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let secondSchool: { id: string };
let addressCount = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
  secondSchool = await makeSchool(world.partnership.id);
  const db = getDb();
  await db.partnership.update({
    where: { id: world.partnership.id },
    data: { frontDoorEmail: 'front-door@partnership.example' },
  });
  const member = await db.staffUser.create({ data: { email: 'fd.person@partnership.example', name: 'FD' } });
  await db.membership.create({
    data: { userId: member.id, partnershipId: world.partnership.id, role: 'FRONT_DOOR' },
  });
});
afterAll(() => closeRateLimits());

async function send(overrides: Answers, partnershipId = world.partnership.id) {
  const token = await startJourney(completeAnswers(world, overrides));
  const outcome = await submitConcern({
    token,
    partnershipId,
    honeypot: '',
    address: `198.51.100.${(addressCount += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return outcome.reference;
}

const patternEmails = () =>
  getDb().outboxEmail.findMany({
    where: { kind: 'account-pattern.found', partnershipId: world.partnership.id },
    select: { toAddress: true, subject: true, textBody: true, htmlBody: true },
  });

describe('reports from two schools naming the same account', () => {
  it('reach the front door once, not once per report, with nothing of the account in the email', async () => {
    const account = (name: string) => ({ accounts: { [world.platform.id]: name } });
    const references = [await send(account('@Stranger.Danger'))];
    expect(await patternEmails()).toEqual([]);

    references.push(await send({ ...account('stranger.danger'), school: secondSchool.id }));
    const emails = await patternEmails();
    expect(emails.map((e) => e.toAddress).sort()).toEqual([
      'fd.person@partnership.example',
      'front-door@partnership.example',
    ]);
    for (const email of emails)
      expect(`${email.subject} ${email.textBody} ${email.htmlBody}`.toLowerCase()).not.toMatch(
        /stranger|danger|app /,
      );

    references.push(await send(account('STRANGER.DANGER ')));
    expect(await patternEmails()).toHaveLength(2);

    // The front door's page: platform, counts, schools, dates and references; never the account.
    const [listed, ...more] = await listAccountPatterns(world.partnership.id);
    expect(more).toEqual([]);
    expect(listed).toMatchObject({ platform: world.platform.name, concerns: 3, schools: 2, references });
    expect(JSON.stringify(listed).toLowerCase()).not.toContain('stranger');
    expect(await listAccountPatterns((await makePartnership()).id)).toEqual([]);
    const patterns = await getDb().accountPattern.findMany({
      where: { partnershipId: world.partnership.id },
    });
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.platformId).toBe(world.platform.id);
  });

  it('tell the front door again after a quiet spell', async () => {
    const name = { accounts: { [world.platform.id]: 'quiet.one' } };
    await send(name);
    await send(name);
    const before = (await patternEmails()).length;
    await getDb().accountPattern.updateMany({
      where: { partnershipId: world.partnership.id, notifiedAt: { not: null } },
      data: { notifiedAt: new Date(Date.now() - (PATTERN_QUIET_DAYS + 1) * 86_400_000) },
    });
    await send(name);
    expect((await patternEmails()).length).toBe(before + 2);
  });

  it('are found when two parents send at the same moment', async () => {
    const name = { accounts: { [world.platform.id]: 'at.once' } };
    const before = (await patternEmails()).length;
    await Promise.all([send(name), send({ ...name, school: secondSchool.id })]);
    expect((await patternEmails()).length).toBe(before + 2);
  });

  it('make no pattern across partnerships or platforms', async () => {
    const elsewhere = await makePartnership();
    const otherSchool = await makeSchool(elsewhere.id);
    await send({ school: otherSchool.id, accounts: { [world.platform.id]: 'lonely.one' } });
    await send({
      platforms: [world.other.id],
      platformOther: 'A chat app',
      accounts: { [world.other.id]: 'lonely.one' },
    });
    await send({ accounts: { [world.platform.id]: 'someone.else' } });
    const patterns = await getDb().accountPattern.count();
    // Only the three patterns of the tests above.
    expect(patterns).toBe(3);
  });
});

// Matching runs inside the parent's "Send report" transaction, so its round trips are the parent's wait
// (bench/account-matches.ts times it). A count is not a timing: pinned here.
describe('the cost of matching', () => {
  it('finds no match in 2 statements, and records a new pattern with its emails in 1 more', async () => {
    const db = getDb();
    const first = await send({ accounts: { [world.platform.id]: 'counted.one' } });
    const { id: concernId } = await db.concern.findUniqueOrThrow({ where: { reference: first } });
    const [row] = await db.concernAccountIdentifier.findMany({ where: { concernId } });
    const second = await makeConcern({ partnershipId: world.partnership.id });
    const other = { platformId: world.platform.id, identifierHash: 'hmac:no-such-account' };
    const match = { platformId: row!.platformId, identifierHash: row!.identifierHash };
    const inTransaction = async (sent: (typeof match)[]) =>
      statementsSent(() =>
        db.$transaction(async (tx) => {
          // The same account sent again: one more row, so the count reaches two.
          if (sent.includes(match))
            await tx.concernAccountIdentifier.create({
              data: {
                concernId: second.id,
                partnershipId: world.partnership.id,
                ...match,
                identifier: 'again',
              },
            });
          const sentNow = await statementsSent(() => detectAccountPatterns(tx, world.partnership.id, sent));
          throw Object.assign(new Error('roll back'), { counted: sentNow });
        }),
      ).catch((e: { counted: Awaited<ReturnType<typeof statementsSent<number>>> }) => e.counted);

    const none = await inTransaction([other]);
    expect(none.result).toBe(0);
    expect(none.sent).toHaveLength(2); // the locks; the count and the patterns
    const found = await inTransaction([other, match]);
    expect(found.result).toBe(1);
    // The locks; the count, the pattern (recorded and marked told), the front-door team with its mailbox
    // and the site's host in one statement (they were four); the emails.
    expect(found.sent).toHaveLength(3);
  });
});
