import { test } from '@playwright/test';
import { expectAccessible, recordForeignRequests } from './fixtures';
import {
  copyOfDemoAccount,
  DEMO_PASSWORD,
  enrol,
  enterPassword,
  expect,
  freshCode,
  noScan,
  pastDoubleClickGuard,
  signOut,
} from './staff-auth-helpers';

test('a signed-out visitor to a staff page is sent to sign in', async ({ page }) => {
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/sign-in/code');
  await expect(page).toHaveURL(/\/sign-in\?expired=1$/);
});

test('a wrong password and an unknown address get the same message', async ({ page }) => {
  await enterPassword(page, 'admin@northshire.example', 'not the password at all');
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Enter a correct email address and password');
  await expect(page.getByLabel('Email address')).toHaveValue('admin@northshire.example');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expectAccessible(page);
  await enterPassword(page, 'nobody@northshire.example', DEMO_PASSWORD);
  await expect(summary).toContainText('Enter a correct email address and password');
});

for (const javaScriptEnabled of [true, false]) {
  test(`first sign-in sets up the authenticator; sign out ends the session; sign in again with a code (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, baseURL as string);
    const scan = javaScriptEnabled ? expectAccessible : noScan;
    // Accounts of its own: signing out ends every session of the account, and other specs sign in as these.
    const email = await copyOfDemoAccount(
      javaScriptEnabled ? 'dpo@northshire.example' : 'trends@northshire.example',
    );
    // Each lands on their main page: the data protection officer's is in administration (its first
    // section they may use, the audit trail), the partnership analyst's is trends.
    const home = javaScriptEnabled ? /\/admin\/audit$/ : /\/trends$/;

    await enterPassword(page, email, DEMO_PASSWORD);
    const { secret, step, recoveryCodes } = await enrol(page, scan);
    await page.getByRole('link', { name: /continue/i }).click();
    await expect(page).toHaveURL(home);
    await expect(page.getByText(/^Signed in as/)).toBeVisible();
    await scan(page);

    const stale = await context.cookies();
    await signOut(page, scan);
    // The old cookie no longer works: the session row is revoked.
    await context.addCookies(stale);
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/sign-in$/);

    await enterPassword(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await scan(page);
    // The code used to set up the app works once only.
    const used = await freshCode(secret);
    if (used.step === step) {
      await page.getByLabel('Enter the code from your authenticator app').fill(used.code);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.locator('.govuk-error-summary')).toContainText('Enter a correct code');
      await scan(page);
      await pastDoubleClickGuard(page);
    }
    const { code } = await freshCode(secret, step);
    await page.getByLabel('Enter the code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(home);

    // A recovery code instead of the app, once.
    await signOut(page, scan);
    await enterPassword(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await page.getByRole('link', { name: 'I cannot use my authenticator app' }).click();
    await scan(page);
    await page.getByLabel('Enter a recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(home);
    await signOut(page, scan);
    await enterPassword(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await page.goto('/sign-in/recovery-code');
    await page.getByLabel('Enter a recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter a correct recovery code');
    await scan(page);

    expect(foreign).toEqual([]);
    await context.close();
  });
}

test('next-auth’s own credentials endpoint signs nobody in (it would skip the authenticator)', async ({
  page,
}) => {
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: 'admin@northshire.example', password: DEMO_PASSWORD, json: 'true' },
  });
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({});
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in$/);
});
