// Scale-out: two app instances and two separate worker processes on one Postgres (the Compose layout, with
// a second worker for good measure). A staff session works on both instances and signing out on one ends
// it on the other; a rate limit counts attempts made on either; every email for concerns sent through
// either instance is delivered exactly once.
import { expect, test, type Browser } from '@playwright/test';
import { readCaughtMail } from '../../lib/email/catcher';
import { reportAConcern } from './report-journey';
import { queryCluster, startCluster, type Cluster } from './scale-out-cluster';
import { signInAs } from './sign-in';

test.describe.configure({ mode: 'serial' });

const ADDRESS_LIMIT = 4;
let cluster: Cluster;

test.beforeAll(async () => {
  // Migrating, seeding and starting four processes on a busy machine: allow minutes, not seconds.
  test.setTimeout(240_000);
  cluster = await startCluster({ RECEIPT_CHECK_LIMIT_PER_ADDRESS: String(ADDRESS_LIMIT) });
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await cluster?.stop();
});

async function contextOn(browser: Browser, baseURL: string, address: string) {
  return browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
}

test('a staff session works on both instances, and signing out on one ends it on the other', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [a, b] = cluster.apps;
  const context = await contextOn(browser, a, '198.51.100.10');
  await signInAs(context, 'dsl.oakfield@northshire.example', a, cluster.databaseUrl);
  const page = await context.newPage();
  for (const app of [a, b]) {
    await page.goto(`${app}/cases`);
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  }
  const [cookie] = (await context.cookies(a)).filter((c) => c.name === 'sg.session');
  expect(cookie).toBeDefined();

  await page.goto(`${b}/sign-out`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);

  // The same cookie, kept from before sign-out, is now refused by the other instance.
  const stale = await contextOn(browser, a, '198.51.100.10');
  await stale.addCookies([
    { name: cookie!.name, value: cookie!.value, url: a, httpOnly: true, sameSite: 'Lax' },
  ]);
  const stalePage = await stale.newPage();
  await stalePage.goto(`${a}/cases`);
  await expect(stalePage).toHaveURL(/\/sign-in/);
  await Promise.all([context.close(), stale.close()]);
});

test('concerns sent through both instances: each email is sent once, and a rate limit counts both', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const sent: { reference: string; receipt: string }[] = [];
  for (const [i, app] of [...cluster.apps, ...cluster.apps].entries()) {
    const context = await contextOn(browser, app, `203.0.113.${20 + i}`);
    sent.push(await reportAConcern(await context.newPage(), { anonymous: i % 2 === 0 }));
    await context.close();
  }

  // Wrong codes from one address, alternating instances, use up its limit on both.
  const target = sent[0]!;
  for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
    const context = await contextOn(browser, cluster.apps[i % 2]!, '192.0.2.30');
    const page = await context.newPage();
    await page.goto('/check');
    await page.getByLabel('Reference').fill(target.reference);
    await page.getByLabel('Secret code').fill('2222-3333-4444-5555');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('The reference or secret code is not right.').first()).toBeVisible();
    await context.close();
  }
  const last = await contextOn(browser, cluster.apps[0], '192.0.2.30');
  const page = await last.newPage();
  await page.goto('/check');
  await page.getByLabel('Reference').fill(target.reference);
  await page.getByLabel('Secret code').fill(target.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('You have tried too many times.').first()).toBeVisible();
  await last.close();

  // Every email queued for these concerns is sent by one of the two workers, and reaches the catcher once.
  const references = sent.map((s) => s.reference);
  const outboxFor = () =>
    queryCluster<{ messageId: string; status: string }>(
      cluster.databaseUrl,
      `SELECT o."messageId", o.status FROM "OutboxEmail" o JOIN "Concern" c ON c.id = o."concernId"
       WHERE c.reference = ANY($1)`,
      [references],
    );
  await expect
    .poll(async () => (await outboxFor()).filter((o) => o.status !== 'SENT').length, { timeout: 90_000 })
    .toBe(0);
  const outbox = await outboxFor();
  expect(outbox.length).toBeGreaterThanOrEqual(references.length);
  const bare = (id: string) => id.replace(/^<|>$/g, '');
  const caught = (await readCaughtMail(cluster.mailDir)).map((m) => bare(m.messageId));
  for (const { messageId } of outbox) {
    expect(
      caught.filter((id) => id === bare(messageId)),
      messageId,
    ).toHaveLength(1);
  }
  expect(new Set(caught).size).toBe(caught.length);
});
