// Signing out (staff) and "Finish and leave" (a parent checking a report) both ask the browser to forget
// this site's cookies, storage and cache, and both really end access.
import { expect, test } from '@playwright/test';
import { copyOfDemoAccount } from '../staff-auth-helpers';
import { signInAs } from '../sign-in';
import { contextFor, giveReporterReceipt, STAFF } from './roles';
import { readSamples } from './samples';

test('staff sign-out sends Clear-Site-Data and ends the session', async ({ browser, baseURL }) => {
  // An account of its own: signing out ends every session of the account, and other specs use the demo ones.
  const context = await browser.newContext();
  await signInAs(context, await copyOfDemoAccount(STAFF.partnership), baseURL as string);
  const page = await context.newPage();
  await page.goto('/sign-out');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/sign-out')),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  expect((await response.allHeaders())['clear-site-data']).toBe('"cache", "cookies", "storage"');
  await expect(page).toHaveURL(/\/signed-out$/);
  expect((await context.cookies()).map((c) => c.name)).not.toContain('sg.session');
  await page.goto('/trends');
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test('a parent’s "Finish and leave" sends Clear-Site-Data and ends follow-up access', async ({
  browser,
  baseURL,
}) => {
  const s = await readSamples();
  await giveReporterReceipt(s.caseC.id);
  const context = await contextFor(browser, 'reporter', baseURL as string, s.caseC.reference, true);
  const page = await context.newPage();
  await page.goto('/check/concern');
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/check/finish')),
    page.getByRole('button', { name: 'Finish and leave' }).click(),
  ]);
  expect((await response.allHeaders())['clear-site-data']).toBe('"cache", "cookies", "storage"');
  await expect(page).toHaveURL(new RegExp(`${baseURL}/?$`));
  await page.goto('/check/concern');
  await expect(page).toHaveURL(/\/check$/);
  await context.close();
});
