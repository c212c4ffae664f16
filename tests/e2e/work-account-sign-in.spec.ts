// Signing in with a work account through the real redirects (issue 19): a real OpenID Connect provider
// (oidc-provider, tests/support/oidc-test-provider.ts) runs in this test process on http://localhost, which
// the app may use because an issuer on this machine is allowed over http (isIssuerUrl in
// lib/auth/providers/sign-in-provider-schema.ts); an administrator adds it to the demo partnership through
// the admin pages, as they would, so its secret is stored encrypted by the app itself. Chromium follows
// every redirect: the app, the provider's authorisation and interaction, the callback.
// The tests run one after another: they share the provider and the sign-in page's buttons.
import { createServer } from 'node:net';
import { test, type Browser, type Page } from '@playwright/test';
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
let idp: TestProvider;
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
async function addSignIn(browser: Browser, baseURL: string, name: string, issuer: string) {
  const context = await browser.newContext();
  await signInAs(context, 'admin@northshire.example', baseURL);
  const page = await context.newPage();
  await page.goto('/admin/sign-in/new');
  await page.getByLabel('Another OpenID Connect service').check();
  await page.getByLabel('Name on the button').fill(name);
  await page.getByLabel('Issuer address – other services only').fill(issuer);
  await page.getByLabel('Client ID', { exact: true }).fill(idp.clients[0]!.clientId);
  await page.getByLabel('Client secret').fill(idp.clients[0]!.clientSecret);
  await page.getByRole('button', { name: 'Add sign-in' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/[0-9a-f-]{36}\?added=1$/);
  added.push(new URL(page.url()).pathname.split('/').pop()!);
  await context.close();
}

test.beforeAll(async ({ browser, baseURL }) => {
  // Two administrator sessions and two forms on a busy machine: more than the default 30 seconds.
  test.setTimeout(120_000);
  idp = await startTestProvider(1, { redirectUri: `${baseURL}/sign-in/provider/callback` });
  await addSignIn(browser, baseURL!, WORKING, idp.issuer);
  await addSignIn(browser, baseURL!, DOWN, `http://localhost:${await closedPort()}`);
});

test.afterAll(async () => {
  // Other specs' sign-in pages stop showing these buttons; their identities and sessions' links go too.
  if (added.length) await query('DELETE FROM "SignInProvider" WHERE id = ANY($1::uuid[])', [added]);
  await idp?.close();
});

/** A member of staff of the demo partnership, known to the provider by a subject of its own. */
async function staffAtProvider(copyOf: string, amr: string[]) {
  const email = await copyOfDemoAccount(copyOf);
  const sub = `sub-${Math.random().toString(36).slice(2)}`;
  idp.accounts.set(sub, { sub, email });
  idp.nextLogin = { sub, amr };
  return email;
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
