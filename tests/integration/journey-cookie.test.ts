// The journey's cookie as an attacker sees it: a token planted in a parent's browser (journey fixation)
// must give the planter nothing. The browser is played by the test: a cookie jar, and the Set-Cookie
// lines Next would send, serialised by Next's own cookie code. Everything else is the app's own actions.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { getConfirmationFor } from '@/lib/reporting/get-confirmation';
import { saveDanger } from '@/lib/reporting/journey-actions';
import { draftKey, readDraft, writeDraft } from '@/lib/reporting/report-draft';
import { sendReport } from '@/lib/reporting/send-actions';
import { completeAnswers, makeReportingWorld, type ReportingWorld } from '../support/report-fixtures';

const browser = vi.hoisted(() => ({
  jar: new Map<string, string>(),
  setCookies: [] as string[],
  address: '203.0.113.1',
}));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

let world: ReportingWorld;
const appUrl = process.env.APP_URL;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterEach(() => {
  if (appUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = appUrl;
  resetEnvForTests();
});
afterAll(() => closeRateLimits());

function newBrowser(cookies: Record<string, string> = {}) {
  browser.jar = new Map(Object.entries(cookies));
  browser.setCookies = [];
}

/** Runs a form action as the browser posts it; a redirect is where the browser goes next. */
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

const PLANTED = 'planted-by-someone-else-0123456789abcdefghijklmnop';

describe('the journey cookie', () => {
  it('ignores a token the server did not make: the journey gets its own, the planted one reads nothing', async () => {
    newBrowser({ report_journey: PLANTED });
    expect(await post(saveDanger, { immediateDanger: 'no' })).toEqual({ redirect: '/report/school' });
    const token = browser.jar.get('report_journey');
    expect(token).toBeTruthy();
    expect(token).not.toBe(PLANTED);
    expect(await readDraft(token)).toMatchObject({ urgent: false });
    expect(await readDraft(PLANTED)).toBeNull();
    expect(await getDb().reportDraft.count({ where: { tokenHash: draftKey(PLANTED) } })).toBe(0);
  });

  it('moves the journey to a new token when it is sent, so an earlier copy of the cookie opens nothing', async () => {
    // Someone starts a journey to get a real token, and plants it in a parent's browser.
    newBrowser();
    await post(saveDanger, { immediateDanger: 'no' });
    const planted = browser.jar.get('report_journey') as string;
    newBrowser({ report_journey: planted });
    await post(saveDanger, { immediateDanger: 'no' });
    await writeDraft(planted, completeAnswers(world));

    expect(await post(sendReport, { website: '' })).toEqual({ redirect: '/report/confirmation' });
    const parents = browser.jar.get('report_journey') as string;
    expect(parents).not.toBe(planted);
    const confirmation = await getConfirmationFor(parents);
    expect(confirmation?.receipt).toMatch(/\w{4}-\w{4}/);
    // The parent's refresh shows the same receipt; the planter's copy shows nothing at all.
    expect(await getConfirmationFor(parents)).toEqual(confirmation);
    expect(await getConfirmationFor(planted)).toBeNull();
    expect(await readDraft(planted)).toEqual({ sentElsewhere: true });
    // Sending again with the old token (as after a crash lost the response) says "sent", and no more.
    newBrowser({ report_journey: planted });
    expect(await post(sendReport, { website: '' })).toEqual({ redirect: '/report/confirmation' });
    expect(browser.jar.get('report_journey')).toBe(planted);
    expect(browser.setCookies).toEqual([]);
  });

  it('is __Host- prefixed, Secure, HttpOnly, Path=/ and without a Domain when served over https', async () => {
    process.env.APP_URL = 'https://report.example.org';
    resetEnvForTests();
    // An unprefixed cookie can be planted from a sibling subdomain or over plain http: it is not read.
    newBrowser({ report_journey: PLANTED });
    await post(saveDanger, { immediateDanger: 'no' });
    expect(browser.setCookies).toHaveLength(1);
    const line = browser.setCookies[0] as string;
    expect(line).toMatch(/^__Host-report_journey=[\w-]{43}; Path=\/; Secure; HttpOnly; SameSite=lax$/i);
    expect(line).not.toMatch(/domain=|expires=|max-age=/i);
    expect(await readDraft(PLANTED)).toBeNull();
  });

  it('over plain http (local development), has no prefix and no Secure flag, which browsers would refuse', async () => {
    process.env.APP_URL = 'http://localhost:3000';
    resetEnvForTests();
    newBrowser();
    await post(saveDanger, { immediateDanger: 'no' });
    expect(browser.setCookies[0]).toMatch(/^report_journey=[\w-]{43}; Path=\/; HttpOnly; SameSite=lax$/i);
  });
});
