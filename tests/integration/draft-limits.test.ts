// A flood of new journeys cannot fill the database: new journeys are counted per address and capped
// in total. Whoever hits either gets the plain "busy" page, and a journey already under way carries on.
// The browser is played as in journey-cookie.test.ts; this file has its own database, so the total is known.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { closeRateLimits, consumeLimit, limitPoints } from '@/lib/rate-limit/rate-limit';
import { saveChild, saveDanger } from '@/lib/reporting/journey-actions';
import { readDraft } from '@/lib/reporting/report-draft';

const browser = vi.hoisted(() => ({
  jar: new Map<string, string>(),
  setCookies: [] as string[],
  address: '203.0.113.1',
}));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

afterEach(() => {
  delete process.env.REPORT_DRAFT_MAX_LIVE;
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

describe('new journeys under a flood', () => {
  it('sends an address that has started too many journeys to the busy page, storing nothing', async () => {
    browser.address = '198.51.100.77';
    await consumeLimit('report.draft.address', browser.address, limitPoints('report.draft.address'));
    const before = await getDb().reportDraft.count();
    newBrowser();
    expect(await post(saveDanger, { immediateDanger: 'no' })).toEqual({ redirect: '/report/busy' });
    expect(browser.jar.size).toBe(0);
    expect(await getDb().reportDraft.count()).toBe(before);
    // Another address is not held up by it.
    browser.address = '198.51.100.78';
    expect(await post(saveDanger, { immediateDanger: 'no' })).toEqual({ redirect: '/report/school' });
  });

  it('caps the journeys kept at once: a new one is turned away, one under way keeps its answers', async () => {
    newBrowser();
    browser.address = '198.51.100.90';
    await post(saveDanger, { immediateDanger: 'no' });
    const underWay = new Map(browser.jar);
    process.env.REPORT_DRAFT_MAX_LIVE = String(await getDb().reportDraft.count());
    resetEnvForTests();

    newBrowser();
    browser.address = '198.51.100.91';
    expect(await post(saveDanger, { immediateDanger: 'yes' })).toEqual({ redirect: '/report/busy' });
    expect(browser.jar.size).toBe(0);

    browser.jar = underWay;
    expect(await post(saveChild, { childName: 'S.J.', childAge: '9', childYear: '' })).toEqual({
      redirect: '/report/platforms',
    });
    expect(await readDraft(underWay.get('report_journey'))).toMatchObject({ urgent: false, childAge: 9 });
  });
});
