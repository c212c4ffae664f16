import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { addInformation } from '@/lib/follow-up/add-information';
import { checkReceipt } from '@/lib/follow-up/check-receipt';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { replyToTeam } from '@/lib/follow-up/reply-to-team';
import { sayIn } from '@/lib/i18n/say';
import { closeRateLimits, limitPoints } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let sent: { reference: string; receipt: string; concernId: string };
let world: ReportingWorld;

beforeAll(async () => {
  world = await makeReportingWorld();
  const token = await startJourney(completeAnswers(world));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: 'x',
  });
  if (outcome.kind !== 'sent') throw new Error('not sent');
  const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
  sent = { reference: outcome.reference, receipt: outcome.receipt, concernId: concern.id };
});
afterAll(() => closeRateLimits());

describe('following up with reference and receipt', () => {
  it('accepts the right code however it is typed, and records the check', async () => {
    const result = await checkReceipt({
      reference: sent.reference.toLowerCase().replace('-', ' '),
      receipt: sent.receipt.toLowerCase().replaceAll('-', ''),
      address: '192.0.2.1',
    });
    expect(result).toEqual({ kind: 'ok', concernId: sent.concernId });
    const concern = await getDb().concern.findUniqueOrThrow({ where: { id: sent.concernId } });
    expect(concern.reporterLastCheckAt).not.toBeNull();
  });

  it("refuses wrong receipts, but a stranger's failures never lock the reporter out", async () => {
    for (let i = 0; i < 12; i += 1) {
      const result = await checkReceipt({
        reference: sent.reference,
        receipt: '2222-3333-4444-5555',
        address: `192.0.2.${10 + i}`,
      });
      expect(result).toEqual({ kind: 'wrong' });
    }
    const right = await checkReceipt({
      reference: sent.reference,
      receipt: sent.receipt,
      address: '192.0.2.99',
    });
    expect(right).toEqual({ kind: 'ok', concernId: sent.concernId });
  });

  it('counts only failures: a reporter who checks often is never refused the right code', async () => {
    for (let i = 0; i <= limitPoints('receipt.check.address') + 2; i += 1) {
      const result = await checkReceipt({
        reference: sent.reference,
        receipt: sent.receipt,
        address: '192.0.2.98',
      });
      expect(result).toEqual({ kind: 'ok', concernId: sent.concernId });
    }
  });

  it('spends no hash work on a malformed reference or code', async () => {
    const timed = async (reference: string, receipt: string, count: number) => {
      const began = performance.now();
      for (let i = 0; i < count; i += 1)
        await checkReceipt({ reference, receipt, address: `198.51.100.${i}` });
      return (performance.now() - began) / count;
    };
    // A well-formed unknown reference is verified against the decoy (one argon2 verify each).
    const decoy = await timed('BBBB-CCCC', '2222-3333-4444-5555', 5);
    const malformed = await timed('not a reference', '2222-3333-4444-5555', 5);
    const badCode = await timed('BBBB-CCCC', 'x', 5);
    expect(malformed).toBeLessThan(decoy / 3);
    expect(badCode).toBeLessThan(decoy / 3);
  });

  it('throttles one address guessing across references', async () => {
    const results = [];
    for (let i = 0; i <= limitPoints('receipt.check.address'); i += 1)
      results.push(
        (await checkReceipt({ reference: 'BBBB-CCCC', receipt: 'x', address: '192.0.2.200' })).kind,
      );
    expect(results.at(0)).toBe('wrong');
    expect(results.at(-1)).toBe('limited');
  });

  it('stores a reply and added information in the chronology, and shows messages without staff names', async () => {
    const db = getDb();
    const staff = await db.staffUser.create({
      data: { email: 'dsl-msg@example.test', name: 'Priya Secret' },
    });
    await db.message.create({
      data: { concernId: sent.concernId, author: 'STAFF', staffId: staff.id, body: 'Hello' },
    });
    await replyToTeam(sent.concernId, { text: 'My <b>reply</b>', sendKey: randomUUID() });
    await addInformation(sent.concernId, { text: 'It happened again.', sendKey: randomUUID() });
    const events = await db.concernEvent.findMany({
      where: { concernId: sent.concernId },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['MESSAGE_FROM_REPORTER', 'REPORTER_ADDED_INFORMATION']),
    );
    expect(events.find((e) => e.kind === 'REPORTER_ADDED_INFORMATION')?.summary).toBe('It happened again.');
    const view = await getConcernForReporter(sent.concernId);
    expect(view?.status.tag).toBe('Received');
    expect(view?.messages.map((m) => [m.from, m.body])).toEqual([
      ['The safeguarding team', 'Hello'],
      ['You', 'My <b>reply</b>'],
    ]);
    expect(JSON.stringify(view)).not.toContain('Priya');
  });

  it('shows the parent what they reported and what they added, and nothing staff wrote', async () => {
    const db = getDb();
    await db.concernEvent.create({
      data: { concernId: sent.concernId, kind: 'NOTE', summary: 'Staff only: spoke to the police' },
    });
    await addInformation(sent.concernId, { text: 'He made a new account.', sendKey: randomUUID() });
    const view = await getConcernForReporter(sent.concernId);
    const rows = Object.fromEntries((view?.report ?? []).map((row) => [row.key, row.value]));
    expect(rows).toMatchObject({
      School: world.school.name,
      'Child’s first name or initials': 'S.J.',
      'Age or school year': '9 years old',
      'Where it happened': world.platform.name,
      'What happened': world.harm.name,
      When: 'In the last 7 days',
      'What happened, in your words': 'Someone asked my child for a photo.',
      'How you know the child': 'I am their parent or carer',
      Contact: 'You stay anonymous',
    });
    expect(view?.added.map((a) => a.text)).toContain('He made a new account.');
    expect(JSON.stringify(view)).not.toContain('police');
  });

  it('speaks the parent’s language, and keeps what people wrote as they wrote it', async () => {
    const view = await getConcernForReporter(sent.concernId, sayIn('cy'));
    const rows = Object.fromEntries((view?.report ?? []).map((row) => [row.key, row.value]));
    expect(rows).toMatchObject({
      Ysgol: world.school.name,
      'Oed neu flwyddyn ysgol': '9 oed',
      Pryd: 'Yn ystod y 7 diwrnod diwethaf',
      'Beth ddigwyddodd, yn eich geiriau chi': 'Someone asked my child for a photo.',
      Cysylltu: 'Rydych chi’n aros yn ddienw',
    });
    expect(view?.status.tag).toBe('Wedi dod i law');
    expect(view?.messages.map((m) => m.from)).toEqual(['Y tîm diogelu', 'Chi']);
  });
});
