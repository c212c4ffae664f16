import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseCode } from '@/lib/concerns/codes';
import { receiptMatches } from '@/lib/concerns/receipt-hash';
import { reporterAccountRows } from '@/lib/cases/case-record-rows';
import { CASE_RECORD_INCLUDE, type CaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { closeRateLimits, limitPoints } from '@/lib/rate-limit/rate-limit';
import { getConfirmationFor } from '@/lib/reporting/get-confirmation';
import { readDraft } from '@/lib/reporting/report-draft';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeSchool } from '../support/factories';
import { onTable, outline, statementsSent } from '../support/statements-sent';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let addressCount = 0;
const freshAddress = () => `198.51.100.${(addressCount += 1)}`;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

const submit = (token: string, extra: { honeypot?: string; address?: string } = {}) =>
  submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: extra.honeypot ?? '',
    address: extra.address ?? freshAddress(),
  });

describe('sending a report', () => {
  it('stores the report in as few statements as its rows need: one per table, no read twice, no route changed after', async () => {
    const token = await startJourney(completeAnswers(world));
    // A partnership's data keys are made once, for its first sealed row (two statements, not per report).
    await getDb().$encryptionKeys([world.partnership.id]);
    const { result, sent } = await statementsSent(() => submit(token));
    expect(result.kind).toBe('sent');
    expect(onTable(sent, 'UPDATE', 'Concern')).toBe(0);
    expect(onTable(sent, 'SELECT', 'Concern')).toBe(0); // no look-up of whose keys seal its rows
    expect(onTable(sent, 'SELECT', 'HarmCategory')).toBe(1);
    expect(onTable(sent, 'INSERT', 'ConcernEvent')).toBeLessThanOrEqual(2);
    // Pinned (docs/performance.md, "Submissions"): a statement more is a regression, one fewer a change to
    // write down there. One team member, no reporter email, no account names.
    expect(outline(sent)).toHaveLength(15);
  });

  it('stores one concern, routed to the school, with the receipt only as a slow hash', async () => {
    const token = await startJourney(completeAnswers(world, { urgent: true }));
    const outcome = await submit(token);
    if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
    const concern = await getDb().concern.findUniqueOrThrow({
      where: { reference: outcome.reference },
      include: { events: true, platforms: true, harms: true },
    });
    expect(concern.route).toBe('SCHOOL');
    expect(concern.urgent).toBe(true);
    expect(concern.events.map((e) => e.kind).sort()).toEqual(['ROUTED', 'SUBMITTED']);
    expect(concern.platforms.map((p) => p.platformId)).toEqual([world.platform.id]);
    expect(concern.harms.map((h) => h.harmCategoryId)).toEqual([world.harm.id]);
    const asText = JSON.stringify(concern, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    expect(asText).not.toContain(outcome.receipt);
    expect(asText).not.toContain(outcome.receipt.replaceAll('-', ''));
    expect(concern.receiptHash).toMatch(/^\$argon2id\$/);
    expect(await receiptMatches(concern.receiptHash, normaliseCode(outcome.receipt, 16) ?? '')).toBe(true);
    // The draft now holds only the sealed confirmation: no answers, no readable receipt. It has moved to
    // a new token: the old one opens nothing.
    expect(outcome.token).not.toBe(token);
    expect(await readDraft(token)).toEqual({ sentElsewhere: true });
    expect(await getConfirmationFor(token)).toBeNull();
    const draft = await readDraft(outcome.token);
    expect(Object.keys(draft ?? {}).sort()).toEqual(['sent', 'submissionKey']);
    expect(JSON.stringify(draft)).not.toContain(outcome.receipt);
    expect(await getConfirmationFor(outcome.token)).toEqual({
      reference: outcome.reference,
      receipt: outcome.receipt,
      urgent: true,
      anonymous: true,
      // The next steps are built from the answers: their platform, and keeping a note (no typed words).
      nextSteps: [{ kind: 'platform', slug: expect.any(String) }, { kind: 'evidence' }],
    });
  });

  it('makes one concern from a double submit and shows the same confirmation, receipt included', async () => {
    const token = await startJourney(completeAnswers(world));
    const [first, second] = await Promise.all([submit(token), submit(token)]);
    const sent = [first, second].find((o) => o.kind === 'sent');
    if (!sent) throw new Error('expected one of the two to send');
    // Both halves hand the browser the same new token, whichever response it keeps.
    for (const outcome of [first, second])
      expect(outcome).toMatchObject({ reference: sent.reference, token: sent.token });
    expect(await getDb().concern.count({ where: { reference: sent.reference } })).toBe(1);
    expect(await getConfirmationFor(sent.token)).toEqual({
      reference: sent.reference,
      receipt: sent.receipt,
      urgent: false,
      anonymous: true,
      nextSteps: [{ kind: 'platform', slug: expect.any(String) }, { kind: 'evidence' }],
    });
    // A later submit from this browser (back button, refresh of the POST) shows the same report again;
    // the old token, which someone else might have, learns nothing.
    expect(await submit(sent.token)).toEqual({
      kind: 'already-sent',
      reference: sent.reference,
      token: sent.token,
    });
    expect(await submit(token)).toEqual({ kind: 'sent-elsewhere' });
  });

  it('keeps whether the parent already reported it to the platform, for the case record (skipped: not answered)', async () => {
    const record = async (answers: Parameters<typeof completeAnswers>[1]) => {
      const outcome = await submit(await startJourney(completeAnswers(world, answers)));
      if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
      // The concern's own rows, as the case page reads them (without the team and access it adds).
      return (await getDb().concern.findUniqueOrThrow({
        where: { reference: outcome.reference },
        include: CASE_RECORD_INCLUDE,
      })) as unknown as CaseRecord;
    };
    const notYet = await record({ reportedToPlatform: 'NOT_YET' });
    expect(notYet.reportedToPlatform).toBe('NOT_YET');
    expect(reporterAccountRows(notYet)).toContainEqual({
      label: 'Parent reported it to the platform',
      value: 'Not yet',
    });
    const skipped = await record({});
    expect(skipped.reportedToPlatform).toBeNull();
    expect(reporterAccountRows(skipped)).toContainEqual({
      label: 'Parent reported it to the platform',
      value: 'Not answered',
    });
  });

  it('keeps HTML and script as plain text', async () => {
    const description = '<script>alert("x")</script> <b>bold</b> & "quotes"';
    const token = await startJourney(completeAnswers(world, { description }));
    const outcome = await submit(token);
    if (outcome.kind !== 'sent') throw new Error('not sent');
    const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
    expect(concern.description).toBe(description);
  });

  it.each([
    // A school of another partnership is accepted and goes to it (tests/integration/cross-border.test.ts).
    [
      'a school that has closed',
      async () => ({ school: (await makeSchool(world.partnership.id, { active: false })).id }),
    ],
    [
      'a platform id that does not exist',
      async () => ({ platforms: ['0190a000-0000-7000-8000-000000000000'] }),
    ],
    ['a closed platform', async () => ({ platforms: [world.closed.id] })],
    ['an id that is not an id', async () => ({ harms: ['1 OR 1=1'] })],
  ])('refuses %s and stores nothing', async (_name, forged) => {
    const before = await getDb().concern.count();
    const token = await startJourney(completeAnswers(world, await forged()));
    await expect(submit(token)).rejects.toThrow('not in our lists');
    expect(await getDb().concern.count()).toBe(before);
  });

  it('drops a bot that fills the honeypot, storing nothing', async () => {
    const before = await getDb().concern.count();
    const token = await startJourney(completeAnswers(world));
    expect(await submit(token, { honeypot: 'https://spam.example' })).toEqual({ kind: 'dropped' });
    expect(await getDb().concern.count()).toBe(before);
  });

  it('sends an unknown school to the front door, and names the "something else" platform', async () => {
    const token = await startJourney(
      completeAnswers(world, {
        school: 'OUTSIDE_AREA',
        schoolOther: 'Far Away School',
        platforms: [world.other.id],
        platformOther: 'A new chat app',
      }),
    );
    const outcome = await submit(token);
    if (outcome.kind !== 'sent') throw new Error('not sent');
    const concern = await getDb().concern.findUniqueOrThrow({
      where: { reference: outcome.reference },
      include: { platforms: true },
    });
    expect(concern.route).toBe('FRONT_DOOR');
    expect(concern.schoolOther).toBe('School outside this area: Far Away School');
    expect(concern.platforms[0]?.otherName).toBe('A new chat app');
  });

  it('keeps no contact details for an anonymous report, even if typed before choosing anonymous', async () => {
    const token = await startJourney(
      completeAnswers(world, { contact: 'ANONYMOUS', reporterName: 'Alex', reporterEmail: 'a@example.com' }),
    );
    const outcome = await submit(token);
    if (outcome.kind !== 'sent') throw new Error('not sent');
    const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
    expect(concern).toMatchObject({ reporterAnonymous: true, reporterName: null, reporterEmail: null });
  });

  it('sends an unfinished journey back to its first unanswered page', async () => {
    const token = await startJourney(completeAnswers(world, { description: '' }));
    expect(await submit(token)).toEqual({ kind: 'incomplete', path: '/report/description' });
  });

  it('says "try again later" after too many reports from one address, storing nothing more', async () => {
    const address = '203.0.113.77';
    for (let i = 0; i < limitPoints('report.submit.address'); i += 1) {
      const outcome = await submit(await startJourney(completeAnswers(world)), { address });
      expect(outcome.kind).toBe('sent');
    }
    const before = await getDb().concern.count();
    const refused = await submit(await startJourney(completeAnswers(world)), { address });
    expect(refused).toEqual({ kind: 'limited' });
    expect(await getDb().concern.count()).toBe(before);
  });
});
