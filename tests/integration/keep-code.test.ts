// Before leaving the confirmation page, the parent types their secret code back (or its last group); a
// parent who cannot keep it may give an email address instead, unless they stayed anonymous. Played as a
// browser would: a cookie jar for the journey's cookie, the app's own actions, a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { closeRateLimits, limitPoints } from '@/lib/rate-limit/rate-limit';
import { getConfirmationFor } from '@/lib/reporting/get-confirmation';
import { giveEmailInstead, keepCode, leaveWithoutCode } from '@/lib/reporting/keep-code-actions';
import { draftKey } from '@/lib/reporting/report-draft';
import { sendReport } from '@/lib/reporting/send-actions';
import type { Answers } from '@/lib/reporting/answers';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), address: '203.0.113.9' }));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

let world: ReportingWorld;
let addressCount = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

async function post(
  action: (previous: object, form: FormData) => Promise<unknown>,
  fields: Record<string, string>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  try {
    return { state: await action({}, form) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirect: digest.split(';')[2] };
  }
}

/** A parent, on a fresh address, who has just sent a report and is on its confirmation page. */
async function sentReport(overrides: Answers = {}) {
  browser.address = `198.51.100.${(addressCount += 1)}`;
  browser.jar = new Map([['report_journey', await startJourney(completeAnswers(world, overrides))]]);
  expect(await post(sendReport, { website: '' })).toEqual({ redirect: '/report/confirmation' });
  const token = browser.jar.get('report_journey') as string;
  const confirmation = await getConfirmationFor(token);
  if (!confirmation?.receipt) throw new Error('no confirmation');
  return { token, reference: confirmation.reference, code: confirmation.receipt };
}

const CONTACT: Answers = { contact: 'CONTACT', reporterName: 'A Parent', reporterPhone: '07700 900982' };

describe('checking the parent kept their secret code', () => {
  it('takes the whole code back, then forgets the report on this device', async () => {
    const sent = await sentReport();
    expect(await post(keepCode, { code: sent.code.toLowerCase() })).toEqual({ redirect: '/report/done' });
    expect(browser.jar.has('report_journey')).toBe(false);
    expect(await getConfirmationFor(sent.token)).toBeNull();
  });

  it('takes only the last group of four, with spaces', async () => {
    const sent = await sentReport();
    const last = sent.code.slice(-4);
    expect(await post(keepCode, { code: ` ${last.slice(0, 2)} ${last.slice(2)} ` })).toEqual({
      redirect: '/report/done',
    });
  });

  it('says what to fix for a wrong code, and keeps showing the code', async () => {
    const sent = await sentReport();
    const wrong = sent.code.slice(0, 4);
    const { state } = await post(keepCode, { code: wrong });
    expect(state).toMatchObject({
      fieldErrors: { code: expect.stringContaining('last 4 letters and numbers') },
    });
    expect(JSON.stringify(state)).not.toContain(wrong);
    expect((await getConfirmationFor(sent.token))?.receipt).toBe(sent.code);
  });

  it('limits wrong attempts from one address; a right code gives its attempt back', async () => {
    const sent = await sentReport();
    const points = limitPoints('report.keep-code.address');
    for (let i = 1; i < points; i += 1) await post(keepCode, { code: 'ZZZZ' });
    const { state } = await post(keepCode, { code: 'ZZZZ' });
    expect(state).toMatchObject({ fieldErrors: { code: expect.any(String) } });
    const { state: limited } = await post(keepCode, { code: sent.code });
    expect(limited).toMatchObject({ formError: expect.stringContaining('too many') });
    expect((await getConfirmationFor(sent.token))?.receipt).toBe(sent.code);
  });

  it('lets nobody without the journey cookie check a code or leave a way to be reached', async () => {
    const sent = await sentReport(CONTACT);
    browser.jar = new Map();
    expect(await post(keepCode, { code: sent.code })).toEqual({ redirect: '/report/confirmation' });
    browser.jar = new Map([['report_journey', 'planted-by-someone-else-0123456789abcdefghijklmnop']]);
    expect(await post(giveEmailInstead, { reporterEmail: 'stranger@example.org' })).toEqual({
      redirect: '/report/confirmation',
    });
    const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: sent.reference } });
    expect(concern.reporterEmail).toBeNull();
    expect(await getConfirmationFor(sent.token)).not.toBeNull();
  });

  it('never writes a checked code to the logs', async () => {
    const written: string[] = [];
    const capture = (chunk: unknown) => (written.push(String(chunk)), true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      const sent = await sentReport();
      await post(keepCode, { code: 'WRNG' });
      await post(keepCode, { code: sent.code });
      const text = written.join('\n');
      expect(text).not.toContain(sent.code);
      expect(text).not.toContain(sent.code.slice(-4));
      expect(text).not.toContain('WRNG');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});

describe('a parent who cannot keep their secret code', () => {
  it('may give an email address instead: checked, stored encrypted, and the team told in the chronology', async () => {
    const sent = await sentReport(CONTACT);
    expect((await post(giveEmailInstead, { reporterEmail: 'not an email' })).state).toMatchObject({
      fieldErrors: { reporterEmail: 'Enter an email address in the correct format, like name@example.com' },
    });
    expect(await post(giveEmailInstead, { reporterEmail: ` parent-${sent.reference}@example.org ` })).toEqual(
      { redirect: '/report/done?kept=email' },
    );
    const email = `parent-${sent.reference}@example.org`;
    const concern = await getDb().concern.findUniqueOrThrow({
      where: { reference: sent.reference },
      include: { events: true },
    });
    expect(concern.reporterEmail).toBe(email);
    const [raw] = await getDb().$queryRaw<{ reporterEmail: string }[]>`
      SELECT "reporterEmail" FROM "Concern" WHERE reference = ${sent.reference}`;
    expect(raw?.reporterEmail).toBeTruthy();
    expect(raw?.reporterEmail).not.toContain(email);
    const entry = concern.events.find((e) => e.kind === 'REPORTER_GAVE_EMAIL');
    expect(entry?.summary).toBeTruthy();
    expect(`${entry?.summary} ${JSON.stringify(entry?.detail ?? null)}`).not.toContain(email);
    // The journey ends: the code is no longer on this device.
    expect(browser.jar.has('report_journey')).toBe(false);
    expect(await getConfirmationFor(sent.token)).toBeNull();
  });

  it('cannot give an email address after staying anonymous', async () => {
    const sent = await sentReport();
    expect((await getConfirmationFor(sent.token))?.anonymous).toBe(true);
    expect(await post(giveEmailInstead, { reporterEmail: 'parent@example.org' })).toEqual({
      redirect: '/report/confirmation/no-code',
    });
    const concern = await getDb().concern.findUniqueOrThrow({
      where: { reference: sent.reference },
      include: { events: true },
    });
    expect(concern.reporterEmail).toBeNull();
    expect(concern.reporterAnonymous).toBe(true);
    expect(concern.events.map((e) => e.kind)).not.toContain('REPORTER_GAVE_EMAIL');
  });

  it('may leave without the code, which forgets the report on this device', async () => {
    const sent = await sentReport(CONTACT);
    expect((await getConfirmationFor(sent.token))?.anonymous).toBe(false);
    expect(await post(leaveWithoutCode, {})).toEqual({ redirect: '/report/done?kept=none' });
    expect(browser.jar.has('report_journey')).toBe(false);
    expect(await getConfirmationFor(sent.token)).toBeNull();
  });
});

describe('leaving without the code, before sending', () => {
  it('keeps the answers of a journey that is not sent yet', async () => {
    const token = await startJourney(completeAnswers(world));
    browser.jar = new Map([['report_journey', token]]);
    expect(await post(leaveWithoutCode, {})).toEqual({ redirect: '/report/done?kept=none' });
    expect(browser.jar.get('report_journey')).toBe(token);
    expect(await getDb().reportDraft.count({ where: { tokenHash: draftKey(token) } })).toBe(1);
  });
});
