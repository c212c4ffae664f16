// Follow-up access after a correct reference and receipt: a server-side row the cookie names, so "Finish"
// ends it on every device at once; and staff learn only the day the reporter last checked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { checkReceipt } from '@/lib/follow-up/check-receipt';
import { finishFollowUp } from '@/lib/follow-up/finish-follow-up';
import { provenConcernId, rememberReporter, REPORTER_COOKIE } from '@/lib/follow-up/reporter-cookie';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { completeAnswers, makeReportingWorld, startJourney } from '../support/report-fixtures';

// Each device is a cookie jar; the test switches which one the request carries.
const request = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name) } : undefined),
    set: (name: string, value: string) => void request.jar.set(name, value),
  }),
}));

let sent: { reference: string; receipt: string; concernId: string };

beforeAll(async () => {
  const world = await makeReportingWorld();
  const outcome = await submitConcern({
    token: await startJourney(completeAnswers(world)),
    partnershipId: world.partnership.id,
    honeypot: '',
    address: '192.0.2.1',
  });
  if (outcome.kind !== 'sent') throw new Error('not sent');
  const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
  sent = { reference: outcome.reference, receipt: outcome.receipt, concernId: concern.id };
});
afterAll(() => closeRateLimits());

describe('follow-up access', () => {
  it('"Finish" on one device ends access on every device, and a kept cookie proves nothing', async () => {
    const phone = new Map<string, string>();
    const laptop = new Map<string, string>();
    for (const jar of [phone, laptop]) {
      request.jar = jar;
      await rememberReporter(sent.concernId);
      expect(await provenConcernId()).toBe(sent.concernId);
    }
    const kept = phone.get(REPORTER_COOKIE);
    request.jar = phone;
    const response = await finishFollowUp();
    expect(response.status).toBe(303);
    // Back to the start page of the address the parent used: each partnership has its own.
    expect(response.headers.get('location')).toBe('/');
    request.jar = laptop;
    expect(await provenConcernId()).toBeNull();
    request.jar = new Map([[REPORTER_COOKIE, kept as string]]);
    expect(await provenConcernId()).toBeNull();
  });

  it('is refused for a cookie the server never issued', async () => {
    request.jar = new Map([[REPORTER_COOKIE, `${sent.concernId}.9999999999999.forged`]]);
    expect(await provenConcernId()).toBeNull();
  });

  it('tells staff the day the reporter last checked, not the moment', async () => {
    const result = await checkReceipt({
      reference: sent.reference,
      receipt: sent.receipt,
      address: '192.0.2.2',
    });
    expect(result.kind).toBe('ok');
    const { reporterLastCheckAt } = await getDb().concern.findUniqueOrThrow({
      where: { id: sent.concernId },
    });
    const londonToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    expect(reporterLastCheckAt?.toISOString()).toBe(`${londonToday}T00:00:00.000Z`);
  });
});
