// Scale-out: two app instances and two separate worker processes on one Postgres (the Compose layout, with
// a second worker for good measure). A staff session works on both instances and signing out on one ends
// it on the other, however the person signed in (a password, or a work account through a real OpenID
// Connect provider: tests/support/oidc-test-provider.ts); a rate limit counts attempts made on either; every
// email for concerns sent through either instance is delivered exactly once.
import { expect, test, type Browser } from '@playwright/test';
import { readCaughtMail } from '../../lib/email/catcher';
import { startTestProvider } from '../support/oidc-test-provider';
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

test('a work-account sign-in on one instance works on the other, and signing out there ends it', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const [a, b] = cluster.apps;
  const idp = await startTestProvider(1, { redirectUri: `${a}/sign-in/provider/callback` });
  try {
    // The demo partnership's administrator adds the provider on instance 1, as they would.
    const name = 'Scale-out work accounts';
    const admin = await contextOn(browser, a, '198.51.100.11');
    await signInAs(admin, 'admin@northshire.example', a, cluster.databaseUrl);
    const form = await admin.newPage();
    await form.goto(`${a}/admin/sign-in/new`);
    await form.getByLabel('Another OpenID Connect service').check();
    await form.getByLabel('Name on the button').fill(name);
    await form.getByLabel('Issuer address – other services only').fill(idp.issuer);
    await form.getByLabel('Client ID', { exact: true }).fill(idp.clients[0]!.clientId);
    await form.getByLabel('Client secret').fill(idp.clients[0]!.clientSecret);
    await form.getByRole('button', { name: 'Add sign-in' }).click();
    await expect(form).toHaveURL(/\/admin\/sign-in\/[0-9a-f-]{36}\?added=1$/);
    await admin.close();

    // A DSL known to the provider, which says it asked for a second factor.
    const email = 'dsl.oakfield@northshire.example';
    idp.accounts.set('scale-out-sub', { sub: 'scale-out-sub', email });
    idp.nextLogin = { sub: 'scale-out-sub', amr: ['pwd', 'mfa'] };
    const context = await contextOn(browser, a, '198.51.100.12');
    const page = await context.newPage();
    await page.goto(`${a}/sign-in`);
    await page.getByRole('button', { name: `Sign in with ${name}` }).click();
    await expect(page).toHaveURL(`${a}/cases`);
    const [session] = await queryCluster<{ identityId: string | null }>(
      cluster.databaseUrl,
      `SELECT s."identityId" FROM "StaffSession" s JOIN "StaffUser" u ON u.id = s."userId"
       WHERE u.email = $1 AND s."revokedAt" IS NULL`,
      [email],
    );
    expect(session?.identityId).toBeTruthy();
    await page.goto(`${b}/cases`);
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    const [cookie] = (await context.cookies(a)).filter((c) => c.name === 'sg.session');
    expect(cookie).toBeDefined();

    await page.goto(`${b}/sign-out`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await page.goto(`${a}/cases`);
    await expect(page).toHaveURL(/\/sign-in/);

    // The cookie kept from before, sent to instance 1: refused there too.
    const stale = await contextOn(browser, a, '198.51.100.12');
    await stale.addCookies([
      { name: cookie!.name, value: cookie!.value, url: a, httpOnly: true, sameSite: 'Lax' },
    ]);
    const stalePage = await stale.newPage();
    await stalePage.goto(`${a}/cases`);
    await expect(stalePage).toHaveURL(/\/sign-in/);
    await Promise.all([context.close(), stale.close()]);
  } finally {
    await idp.close();
  }
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
