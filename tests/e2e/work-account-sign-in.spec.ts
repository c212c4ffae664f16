// Signing in with a work account through the real redirects (issue 19): a real OpenID Connect provider
// (oidc-provider, tests/support/oidc-test-provider.ts) runs in this test process on http://localhost, which
// the app may use because an issuer on this machine is allowed over http (isIssuerUrl in
// lib/auth/providers/sign-in-provider-schema.ts); an administrator adds it to the demo partnership through
// the admin pages, as they would, so its secret is stored encrypted by the app itself. Chromium follows
// every redirect: the app, the provider's authorisation and interaction, the callback.
// The tests run one after another: they share the provider and the sign-in page's buttons. A second,
// forged provider (tests/support/forged-id-token-provider.ts) signs whatever id token a test asks for, so
// one from another issuer or for another client reaches the app through the same redirects.
import { createServer } from 'node:net';
import { test, type Browser, type Page } from '@playwright/test';
import { startForgedProvider, type ForgedProvider } from '../support/forged-id-token-provider';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';
import {
  copyOfDemoAccount,
  DEMO_PASSWORD,
  enrol,
  enterPassword,
  expect,
  freshCode,
  query,
  signOut,
} from './staff-auth-helpers';

test.describe.configure({ mode: 'serial' });

const run = Math.random().toString(36).slice(2, 8);
// After the demo's own "Microsoft" by name: the access matrix's samples take the first of the partnership's.
const WORKING = `Work accounts test ${run}`;
const DOWN = `Work accounts closed ${run}`;
const FORGED = `Work accounts forged ${run}`;
const FORGED_CLIENT = { clientId: 'forged-client', clientSecret: `forged-secret-${'z'.repeat(32)}` };
let idp: TestProvider;
let forged: ForgedProvider;
const added: string[] = [];

/** A port nothing listens on: a provider that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** The demo partnership's administrator adds an OpenID Connect sign-in on the admin pages. */
async function addSignIn(
  browser: Browser,
  baseURL: string,
  name: string,
  issuer: string,
  client = idp.clients[0]!,
) {
  const context = await browser.newContext();
  await signInAs(context, 'admin@northshire.example', baseURL);
  const page = await context.newPage();
  await page.goto('/admin/sign-in/new');
  await page.getByLabel('Another OpenID Connect service').check();
  await page.getByLabel('Name on the button').fill(name);
  await page.getByLabel('Issuer address – other services only').fill(issuer);
  await page.getByLabel('Client ID', { exact: true }).fill(client.clientId);
  await page.getByLabel('Client secret').fill(client.clientSecret);
  await page.getByRole('button', { name: 'Add sign-in' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/[0-9a-f-]{36}\?added=1$/);
  added.push(new URL(page.url()).pathname.split('/').pop()!);
  await context.close();
}

test.beforeAll(async ({ browser, baseURL }) => {
  // Three administrator sessions and three forms on a busy machine: more than the default 30 seconds.
  test.setTimeout(180_000);
  idp = await startTestProvider(1, { redirectUri: `${baseURL}/sign-in/provider/callback` });
  forged = await startForgedProvider(FORGED_CLIENT.clientId);
  await addSignIn(browser, baseURL!, WORKING, idp.issuer);
  await addSignIn(browser, baseURL!, DOWN, `http://localhost:${await closedPort()}`);
  await addSignIn(browser, baseURL!, FORGED, forged.issuer, FORGED_CLIENT);
});

test.afterAll(async () => {
  // Other specs' sign-in pages stop showing these buttons; their identities and sessions' links go too.
  if (added.length) await query('DELETE FROM "SignInProvider" WHERE id = ANY($1::uuid[])', [added]);
  await idp?.close();
  await forged?.close();
});

/** A member of staff of the demo partnership, known to the provider by a subject of its own. */
async function staffAtProvider(copyOf: string, amr: string[]) {
  const email = await copyOfDemoAccount(copyOf);
  const sub = `sub-${Math.random().toString(36).slice(2)}`;
  idp.accounts.set(sub, { sub, email });
  idp.nextLogin = { sub, amr };
  return { email, sub };
}

async function clickSignInWith(page: Page, name: string) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in with ${name}` }).click();
}

test('with the provider’s multi-factor: straight in, no code of ours', async ({ page }) => {
  await staffAtProvider('dsl.oakfield@northshire.example', ['pwd', 'mfa']);
  await page.goto('/sign-in');
  await expectAccessible(page);
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});

test('without it: our authenticator step, set up the first time, asked for the next', async ({ page }) => {
  test.setTimeout(150_000);
  await staffAtProvider('trends@northshire.example', ['pwd']);
  await clickSignInWith(page, WORKING);
  const { secret, step } = await enrol(page);
  await page.getByRole('link', { name: /continue/i }).click();
  await expect(page).toHaveURL(/\/trends$/);
  await signOut(page);

  // The same person again: the provider's word alone is not enough, so our code is asked for.
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  await expectAccessible(page);
  const { code } = await freshCode(secret, step);
  await page.getByLabel('Enter the code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/trends$/);
  await signOut(page);
});

test('someone the partnership never invited is refused, with a message saying what to do', async ({
  page,
}) => {
  const sub = `sub-${Math.random().toString(36).slice(2)}`;
  idp.accounts.set(sub, { sub, email: `stranger.${run}@northshire.example` });
  idp.nextLogin = { sub, amr: ['pwd', 'mfa'] };
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/sign-in\?provider=no-account$/);
  await expect(page.getByText('We could not find an account for that work account')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in$/);
  const made = await query<{ n: number }>('SELECT count(*)::int AS n FROM "StaffUser" WHERE email = $1', [
    `stranger.${run}@northshire.example`,
  ]);
  expect(made[0]?.n).toBe(0);
});

test('a provider that is down: a clear message, and the password still works', async ({ page }) => {
  await clickSignInWith(page, DOWN);
  await expect(page).toHaveURL(/\/sign-in\?provider=unavailable$/);
  await expect(page.getByText('We could not reach your work account service just now')).toBeVisible();
  await expectAccessible(page);
  const email = await copyOfDemoAccount('dsl.oakfield@northshire.example');
  await enterPassword(page, email, DEMO_PASSWORD);
  // The password was right: on to setting up the authenticator, as any first sign-in.
  await expect(page).toHaveURL(/\/sign-in\/set-up-authenticator$/);
});

const CALLBACK = /\/sign-in\/provider\/callback\?/;
const FAILED = 'Signing in with your work account did not work. Start again.';

/** The live sessions of an account, however it signed in. */
async function liveSessions(email: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "StaffSession" s JOIN "StaffUser" u ON u.id = s."userId"
     WHERE u.email = $1 AND s."revokedAt" IS NULL`,
    [email],
  );
  return row?.n ?? 0;
}

/**
 * Starts a sign-in and holds the provider's redirect back before it reaches the app (as someone in the
 * middle would): returns the callback address, with the browser still holding this attempt's cookie.
 */
async function heldCallback(page: Page, name: string): Promise<string> {
  idp.held = undefined;
  idp.holdNext = true;
  await clickSignInWith(page, name);
  await expect(page.getByText('Held by the test.')).toBeVisible();
  const resume = idp.held!;
  // The browser's own cookies at the provider (the request context shares them): the redirect it would get.
  const answer = await page.request.get(resume, { maxRedirects: 0 });
  const location = answer.headers()['location'] ?? '';
  expect(location).toMatch(CALLBACK);
  return new URL(location, resume).toString();
}

test('an email changed at the provider: the same account, found by its subject, and no second one', async ({
  page,
}) => {
  const { email, sub } = await staffAtProvider('dsl.oakfield@northshire.example', ['pwd', 'mfa']);
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/cases$/);
  await signOut(page);

  const renamed = `renamed.${run}@northshire.example`;
  idp.accounts.get(sub)!.email = renamed;
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/cases$/);
  expect(await liveSessions(email)).toBe(1);
  const [made] = await query<{ n: number }>('SELECT count(*)::int AS n FROM "StaffUser" WHERE email = $1', [
    renamed,
  ]);
  expect(made?.n).toBe(0);
  const [bound] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "SignInIdentity" i JOIN "StaffUser" u ON u.id = i."userId"
     WHERE i.subject = $1 AND u.email = $2`,
    [sub, email],
  );
  expect(bound?.n).toBe(1);
  await signOut(page);
});

test('a tampered state is refused with a clear message, and signs nobody in', async ({ page }) => {
  const { email } = await staffAtProvider('dsl.oakfield@northshire.example', ['pwd', 'mfa']);
  const callback = new URL(await heldCallback(page, WORKING));
  const state = callback.searchParams.get('state')!;
  callback.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
  await page.goto(callback.toString());
  await expect(page).toHaveURL(/\/sign-in\?provider=failed$/);
  await expect(page.getByText(FAILED)).toBeVisible();
  await expectAccessible(page);
  expect(await liveSessions(email)).toBe(0);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a callback replayed is refused: after signing out, and in another attempt', async ({ page }) => {
  const { email } = await staffAtProvider('dsl.oakfield@northshire.example', ['pwd', 'mfa']);
  const callback = await heldCallback(page, WORKING);
  await page.goto(callback);
  await expect(page).toHaveURL(/\/cases$/);
  await signOut(page);
  expect(await liveSessions(email)).toBe(0);

  // The same address again: the attempt it belonged to is over.
  await page.goto(callback);
  await expect(page).toHaveURL(/\/sign-in\?provider=expired$/);
  await expect(page.getByText('you need to start signing in again')).toBeVisible();
  // Inside a new attempt of this browser's own: not this attempt's state, and its code is spent.
  await heldCallback(page, WORKING);
  await page.goto(callback);
  await expect(page).toHaveURL(/\/sign-in\?provider=failed$/);
  await expect(page.getByText(FAILED)).toBeVisible();
  expect(await liveSessions(email)).toBe(0);
});

test('an id token from another issuer or for another client is refused; the honest one is accepted', async ({
  page,
}) => {
  const email = await copyOfDemoAccount('dsl.oakfield@northshire.example');
  const sub = `sub-${Math.random().toString(36).slice(2)}`;
  const person = { sub, email, email_verified: true, amr: ['pwd', 'mfa'] };
  for (const wrong of [{ iss: 'https://someone-else.example' }, { aud: 'another-client' }]) {
    forged.nextClaims = (honest) => ({ ...honest, ...person, ...wrong });
    await clickSignInWith(page, FORGED);
    await expect(page).toHaveURL(/\/sign-in\?provider=failed$/);
    await expect(page.getByText(FAILED)).toBeVisible();
    expect(await liveSessions(email)).toBe(0);
  }
  // The same provider and person, honest: so the refusals above are the id token's checks.
  forged.nextClaims = (honest) => ({ ...honest, ...person });
  await clickSignInWith(page, FORGED);
  await expect(page).toHaveURL(/\/cases$/);
  await signOut(page);
});

test('administrators see a provider whose re-checks keep failing; switching one off ends its sessions', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const [down, working] = [added[1]!, added[0]!];
  await query(
    `UPDATE "SignInProvider" SET "recheckFailures" = 3, "recheckFailure" = 'refused-us',
     "recheckFailingSince" = now() - interval '1 hour' WHERE id = $1`,
    [down],
  );
  const admin = await browser.newContext();
  await signInAs(admin, 'admin@northshire.example', baseURL!);
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/sign-in');
  const warning = adminPage.getByRole('region', { name: 'Important' });
  await expect(warning).toContainText(`We cannot check staff’s work accounts with Sign in with ${DOWN}`);
  await expect(warning).toContainText('client secret may have expired');
  await expect(warning).toContainText('Nobody is signed in through it now');
  await expectAccessible(adminPage);
  await query(`UPDATE "SignInProvider" SET "recheckFailures" = 0 WHERE id = $1`, [down]);

  // Someone signed in through the working provider, and with a password in another browser.
  const { email } = await staffAtProvider('dsl.oakfield@northshire.example', ['pwd', 'mfa']);
  await clickSignInWith(page, WORKING);
  await expect(page).toHaveURL(/\/cases$/);
  const other = await browser.newContext();
  await signInAs(other, email, baseURL!);
  expect(await liveSessions(email)).toBe(2);

  await adminPage.goto(`/admin/sign-in/${working}`);
  await adminPage.getByLabel('No, turn it off').check();
  await adminPage.getByRole('button', { name: 'Save sign-in' }).click();
  await expect(adminPage.getByText('The sign-in has been saved')).toBeVisible();
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await liveSessions(email)).toBe(1);
  await Promise.all([admin.close(), other.close()]);
});
