import { test } from '@playwright/test';
import { caughtMailTo } from './caught-mail';
import { expectAccessible } from './fixtures';
import {
  enrol,
  enterPassword,
  expect,
  freshCode,
  inviteNewDsl,
  pastDoubleClickGuard,
  signOut,
} from './staff-auth-helpers';

test('an invited DSL sets a password and an authenticator, forgets the password, resets it, and still needs a code', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { email, token } = await inviteNewDsl();

  await page.goto(`/invitation/${token}`);
  await expect(page.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your full name').fill('Nia Lead');
  await page.getByLabel('New password', { exact: true }).fill('northshire');
  await page.getByLabel('Enter the new password again').fill('northshire');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Password must be 12 characters or more');
  await expect(page.getByLabel('Your full name')).toHaveValue('Nia Lead');
  await expectAccessible(page);
  await pastDoubleClickGuard(page);
  await page.getByLabel('New password', { exact: true }).fill('kettle orchard meadow');
  await page.getByLabel('Enter the new password again').fill('kettle orchard meadow');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  const { secret, step } = await enrol(page);
  await signOut(page);

  // The invitation works once.
  await page.goto(`/invitation/${token}`);
  await expect(page.getByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'I have forgotten my password' }).click();
  await expectAccessible(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expectAccessible(page);
  const mail = await caughtMailTo(email, /^Reset your password/);
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
  const path = new URL(link).pathname;

  await page.goto(path);
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill('lighthouse pebble thunder');
  await page.getByLabel('Enter the new password again').fill('lighthouse pebble thunder');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expectAccessible(page);

  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
  await expectAccessible(page);

  // The reset did not skip the authenticator.
  await enterPassword(page, email, 'lighthouse pebble thunder');
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  const { code } = await freshCode(secret, step);
  await page.getByLabel('Enter the code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A DSL lands on their cases; their account is one link away in the staff header.
  await expect(page).toHaveURL(/\/cases$/);

  await page.getByRole('link', { name: 'Your account' }).click();
  await page.getByRole('link', { name: 'Change your password' }).click();
  await expectAccessible(page);
  await page.getByLabel('Current password').fill('wrong wrong wrong');
  await page.getByLabel('New password', { exact: true }).fill('saucepan violin harbour');
  await page.getByLabel('Enter the new password again').fill('saucepan violin harbour');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter your current password correctly');
  await expectAccessible(page);
  await pastDoubleClickGuard(page);
  await page.getByLabel('Current password').fill('lighthouse pebble thunder');
  await page.getByLabel('New password', { exact: true }).fill('saucepan violin harbour');
  await page.getByLabel('Enter the new password again').fill('saucepan violin harbour');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Password changed' })).toBeVisible();
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto('/signed-out');
  await expectAccessible(page);
});
