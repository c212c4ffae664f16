// A parent presses "Send report" while the database is stalled (a paused server, a lock nobody lets go).
// The parent must hear "not sent" in time, nothing may be committed after that, and a retry sends once.
// A stalled server is played by a proxy that holds every byte until it resumes (stalling-proxy.ts); the
// browser is a cookie jar, as in journey-cookie.test.ts.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getConfirmationFor } from '@/lib/reporting/get-confirmation';
import { draftKey, readDraft } from '@/lib/reporting/report-draft';
import { sendReport } from '@/lib/reporting/send-actions';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';
import {
  PARENT_LIMIT_MS,
  routeAppThroughStallingProxy,
  untilQuiet,
  type StalledDatabase,
} from '../support/stalled-database';
import type { StallingProxy } from '../support/stalling-proxy';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), address: '203.0.113.9' }));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const NOT_SENT = 'Your report was not sent. Try again.';

let database: StalledDatabase;
let proxy: StallingProxy;
let direct: pg.Client;
let world: ReportingWorld;

beforeAll(async () => {
  database = await routeAppThroughStallingProxy();
  ({ proxy, direct } = database);
  world = await makeReportingWorld();
});
beforeEach(() => proxy.resume());
afterAll(() => database.close());

async function send(
  fields: Record<string, string> = {},
): Promise<{ formError?: string; sentToken?: string; redirect?: string; ms: number }> {
  const started = Date.now();
  const form = new FormData();
  for (const [name, value] of Object.entries({ website: '', ...fields })) form.append(name, value);
  try {
    const state = await sendReport({}, form);
    const sentToken = state.values?.sentToken as string | undefined;
    return { formError: state.formError, sentToken, ms: Date.now() - started };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirect: digest.split(';')[2], ms: Date.now() - started };
  }
}

async function newJourney(): Promise<{ token: string; submissionKey: string }> {
  const submissionKey = `stall-${Math.random().toString(36).slice(2)}`;
  const token = await startJourney({ ...completeAnswers(world), submissionKey });
  browser.jar = new Map([['report_journey', token]]);
  return { token, submissionKey };
}

const concernsFor = async (submissionKey: string) =>
  Number(
    (await direct.query('SELECT count(*) n FROM "Concern" WHERE "submissionKey" = $1', [submissionKey]))
      .rows[0].n,
  );

/** Presses Send again, as the page does: with what the last answer handed back. */
async function retrySendsOnce(journey: { submissionKey: string }, fields: Record<string, string> = {}) {
  const retry = await send(fields);
  expect(retry.redirect).toBe('/report/confirmation');
  expect(await concernsFor(journey.submissionKey)).toBe(1);
  const confirmation = await getConfirmationFor(browser.jar.get('report_journey'));
  expect(confirmation?.receipt).toMatch(/\w{4}-\w{4}/);
}

describe('sending while the database is stalled', () => {
  it('a server that stops answering: "not sent" within 15 s, nothing committed later, a retry sends once', async () => {
    const journey = await newJourney();
    proxy.stall();
    const outcome = await send();
    expect(outcome.formError).toBe(NOT_SENT);
    expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    proxy.resume();
    await untilQuiet(direct);
    expect(await concernsFor(journey.submissionKey)).toBe(0);
    // The answers are kept: the journey is still there, unsent.
    expect((await readDraft(journey.token))?.description).toBeTruthy();
    await retrySendsOnce(journey);
  }, 60_000);

  it('a server that stalls with the COMMIT in flight refuses it when it resumes after the parent was told', async () => {
    const journey = await newJourney();
    proxy.stallAt('to-server', 'COMMIT');
    const outcome = await send();
    expect(outcome.formError).toBe(NOT_SENT);
    expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    proxy.resume();
    await untilQuiet(direct);
    expect(await concernsFor(journey.submissionKey)).toBe(0);
    await retrySendsOnce(journey);
  }, 60_000);

  it('a report that committed but whose answer was lost: pressing Send again shows its confirmation', async () => {
    const journey = await newJourney();
    proxy.stallAt('to-client', 'COMMIT');
    const outcome = await send();
    expect(outcome.formError).toBe(NOT_SENT);
    proxy.resume();
    await untilQuiet(direct);
    expect(await concernsFor(journey.submissionKey)).toBe(1);
    // A token the server did not hand back opens nothing; the one it did shows the confirmation.
    const guessed = await send({ sentToken: 'made-up-0123456789abcdefghijklmnopqrstuvwxyzABCD' });
    expect(guessed.redirect).toBe('/report/confirmation');
    expect(await getConfirmationFor(browser.jar.get('report_journey'))).toBeNull();
    await retrySendsOnce(journey, { sentToken: outcome.sentToken as string });
  }, 60_000);

  it('a lock nobody lets go: "not sent" within 15 s, nothing half-written', async () => {
    const journey = await newJourney();
    await direct.query('BEGIN');
    try {
      await direct.query('SELECT 1 FROM "ReportDraft" WHERE "tokenHash" = $1 FOR UPDATE', [
        draftKey(journey.token),
      ]);
      const outcome = await send();
      expect(outcome.formError).toBe(NOT_SENT);
      expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    } finally {
      await direct.query('ROLLBACK');
    }
    await untilQuiet(direct);
    expect(await concernsFor(journey.submissionKey)).toBe(0);
    await retrySendsOnce(journey);
  }, 60_000);
});
