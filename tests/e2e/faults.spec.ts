// Faults against the real built app and the real database: the connection dies inside the submission's
// transaction, the database is unreachable, and the app is SIGKILLed during a burst of submissions.
// Every wait is on a condition with a generous limit; nothing asserts how long anything took.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { decryptColumn } from './e2e-crypto';
import { query } from './e2e-db';
import { completeJourneyCookie, reactFields } from './no-js-form';
import { startDatabaseProxy, startOwnApp, waitFor } from './own-app';

const NOT_SAVED = /not saved|nothing was saved/i;
const concernsFor = async (submissionKey: string) =>
  Number(
    (
      await query<{ n: string }>('SELECT count(*) n FROM "Concern" WHERE "submissionKey" = $1', [
        submissionKey,
      ])
    )[0]?.n,
  );

async function journeyIn(context: BrowserContext, baseURL: string) {
  const journey = await completeJourneyCookie(baseURL);
  await context.addCookies([journey.cookie]);
  return journey;
}

async function sendAndExpectNotSaved(page: Page) {
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText(NOT_SAVED).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/try again/i).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Report sent' })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

async function retryOnce(page: Page, submissionKey: string) {
  await page.goto('/report/check');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible({ timeout: 30_000 });
  expect(await concernsFor(submissionKey)).toBe(1);
  // Sending again (back button, double click) shows the same report, never a second one.
  await page.goto('/report/check');
  await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible();
  expect(await concernsFor(submissionKey)).toBe(1);
}

test('the connection dies inside the submission: "not saved", nothing half-written, a retry sends once', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const journey = await journeyIn(context, baseURL as string);
  await page.goto('/report/check');
  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();

  // Hold the journey's draft row: the submission inserts the concern, its rows and its email, then waits
  // on this lock at its last step. Then its database connection is killed, mid-transaction.
  const holder = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(
      'SELECT 1 FROM "ReportDraft" WHERE "tokenHash" = encode(sha256($1::bytea), \'hex\') FOR UPDATE',
      [journey.token],
    );
    const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() pid')).rows[0]?.pid;
    const sending = sendAndExpectNotSaved(page);
    const blocked = await waitFor('the submission to wait on the held row', async () => {
      const rows = await query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
        [holderPid],
      );
      return rows[0]?.pid;
    });
    await query('SELECT pg_terminate_backend($1)', [blocked]);
    await sending;
  } finally {
    await holder.query('ROLLBACK').catch(() => {});
    await holder.end();
  }
  expect(await concernsFor(journey.submissionKey)).toBe(0);
  const draft = await query<{ tokenHash: string; answers: string }>(
    'SELECT "tokenHash", answers FROM "ReportDraft" WHERE "tokenHash" = encode(sha256($1::bytea), \'hex\')',
    [journey.token],
  );
  // The draft is encrypted at rest: read it as the app would.
  const answers = JSON.parse(
    await decryptColumn('ReportDraft', 'answers', draft[0]!.tokenHash, draft[0]!.answers),
  ) as { sent?: unknown; description?: string };
  expect(answers.sent).toBeUndefined();
  expect(answers.description).toBeTruthy();
  await retryOnce(page, journey.submissionKey);
});

test('the database is unreachable: "not saved", then a retry after it returns sends once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const proxy = await startDatabaseProxy(process.env.E2E_DATABASE_URL as string);
  const app = await startOwnApp(proxy.url);
  const context = await browser.newContext({ baseURL: app.baseURL });
  try {
    const page = await context.newPage();
    const journey = await journeyIn(context, app.baseURL);
    await page.goto('/report/check');
    await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
    proxy.down();
    await sendAndExpectNotSaved(page);
    expect(await concernsFor(journey.submissionKey)).toBe(0);
    proxy.up();
    await retryOnce(page, journey.submissionKey);
  } finally {
    await context.close();
    await app.kill('SIGTERM');
    await proxy.close();
  }
});

test('SIGKILL during a burst: every confirmed report is stored; every one sends once after a restart', async () => {
  test.setTimeout(240_000);
  let app = await startOwnApp(process.env.E2E_DATABASE_URL as string);
  const journeys: Awaited<ReturnType<typeof completeJourneyCookie>>[] = [];
  for (let i = 0; i < 24; i += 1) journeys.push(await completeJourneyCookie(app.baseURL));
  const send = async (baseURL: string, journey: (typeof journeys)[number], i: number) => {
    const cookie = `report_journey=${journey.token}`;
    const page = await fetch(`${baseURL}/report/check`, { headers: { cookie }, redirect: 'manual' });
    if (page.status !== 200) return page.headers.get('location') ?? String(page.status);
    const form = new FormData();
    for (const [name, value] of reactFields(await page.text(), 'website')) form.append(name, value);
    form.append('website', '');
    const response = await fetch(`${baseURL}/report/check`, {
      method: 'POST',
      body: form,
      headers: { cookie, 'x-forwarded-for': `198.18.${i}.${Math.floor(Math.random() * 250)}` },
      redirect: 'manual',
    });
    return response.headers.get('location') ?? String(response.status);
  };

  const outcomes: (string | null)[] = journeys.map(() => null);
  const burst = journeys.map((journey, i) =>
    send(app.baseURL, journey, i).then(
      (location) => (outcomes[i] = location),
      () => (outcomes[i] = 'cut off'),
    ),
  );
  await waitFor('a first confirmation', async () =>
    outcomes.some((o) => o?.endsWith('/report/confirmation')),
  );
  await app.kill('SIGKILL');
  await Promise.all(burst);

  const confirmed = journeys.filter((_, i) => outcomes[i]?.endsWith('/report/confirmation'));
  expect(confirmed.length).toBeGreaterThan(0);
  for (const journey of confirmed) expect(await concernsFor(journey.submissionKey)).toBe(1);
  for (const journey of journeys) expect(await concernsFor(journey.submissionKey)).toBeLessThanOrEqual(1);
  console.log(`[faults] SIGKILL after ${confirmed.length} of ${journeys.length} reports were confirmed`);

  // Back up: the parents whose page never answered try again, and each report exists exactly once.
  app = await startOwnApp(process.env.E2E_DATABASE_URL as string);
  try {
    for (const [i, journey] of journeys.entries()) {
      if (!confirmed.includes(journey))
        expect(await send(app.baseURL, journey, i)).toMatch(/\/report\/confirmation$/);
      expect(await concernsFor(journey.submissionKey)).toBe(1);
    }
  } finally {
    await app.kill('SIGTERM');
  }
  // Their email was queued in the same transactions; the shared app's worker sends each one once.
  const keys = journeys.map((j) => j.submissionKey);
  const rows = await waitFor(
    'every queued email to be sent',
    async () => {
      const found = await query<{ messageId: string; status: string }>(
        `SELECT o."messageId", o.status FROM "OutboxEmail" o JOIN "Concern" c ON c.id = o."concernId"
        WHERE c."submissionKey" = ANY($1)`,
        [keys],
      );
      return found.length >= journeys.length && found.every((r) => r.status === 'SENT') ? found : undefined;
    },
    120_000,
  );
  const { readCaughtMail } = await import('../../lib/email/catcher');
  const caught = (await readCaughtMail(process.env.MAIL_CATCHER_DIR as string)).map((m) => m.messageId);
  for (const row of rows) expect(caught.filter((id) => id === row.messageId)).toHaveLength(1);
});
