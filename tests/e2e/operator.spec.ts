// The service operator (issue 16): the service health page shows counts and nothing of any case or
// person; adding a partnership works without JavaScript, refuses bad answers plainly, and invites the
// new partnership's first administrator. Whether others are refused these pages is the access matrix's.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { query } from './e2e-db';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';

const OPERATOR = 'operator@service.example';

test('the service health page shows the queue and each partnership’s counts, never a case', async ({
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, OPERATOR, baseURL as string);
  await page.goto('/operator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service health');
  await expect(page.getByText('Emails waiting to be sent')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rising in several areas' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Northshire' }).first()).toBeVisible();
  const [reference] = await query<{ reference: string }>('SELECT reference FROM "Concern" LIMIT 1');
  await expect(page.locator('body')).not.toContainText(reference!.reference);
  await expectAccessible(page);
});

test('the operator adds a partnership without JavaScript; bad answers are refused plainly', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // two form posts and two axe scans on a shared two-core machine
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, OPERATOR, baseURL as string);
  const page = await context.newPage();
  await page.goto('/operator/partnerships');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerships');
  const key = randomBytes(3).toString('hex');
  const name = `Eastvale Safeguarding Children Partnership ${key}`;
  await page.getByLabel('Name of the partnership').fill(name);
  await page.getByLabel('Short name').fill('Not A Slug');
  await page.getByLabel('Web addresses parents will use').fill(`eastvale-${key}.localhost`);
  await page.getByLabel('First administrator’s full name').fill('Edith Eastvale');
  await page.getByLabel('First administrator’s email address').fill(`edith.${key}@eastvale.example`);
  await page.getByRole('button', { name: 'Add partnership' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('lower-case letters, numbers and hyphens');
  // Answers are kept.
  await expect(page.getByLabel('Name of the partnership')).toHaveValue(name);
  await expect.poll(async () => (await partnershipsNamed(name)).length).toBe(0);

  await page.getByLabel('Short name').fill(`eastvale-${key}`);
  await page.getByRole('button', { name: 'Add partnership' }).click();
  await expect(page.getByText(`${name} has been added`)).toBeVisible({ timeout: 20_000 });
  const [added] = await partnershipsNamed(name);
  expect(added?.slug).toBe(`eastvale-${key}`);
  const invited = await query<{ role: string }>(
    'SELECT role FROM "Invitation" WHERE "partnershipId" = $1 AND email = $2',
    [added!.id, `edith.${key}@eastvale.example`],
  );
  expect(invited).toEqual([{ role: 'ADMIN' }]);
  await page.goto('/operator/partnerships');
  // The partnerships table has one row for it; the web addresses table lists its address beside its name.
  const partnerships = page.getByRole('table', { name: /on this service/ });
  await expect(partnerships.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  await expect(
    page.getByRole('table', { name: 'Web addresses' }).getByRole('row').filter({ hasText: name }),
  ).toContainText(`eastvale-${key}.localhost`);
  await context.close();
  // axe runs in the page: the same page, scanned with JavaScript.
  const withScript = await browser.newContext();
  await signInAs(withScript, OPERATOR, baseURL as string);
  const scanned = await withScript.newPage();
  await scanned.goto('/operator/partnerships');
  await expectAccessible(scanned);
  await withScript.close();
});

function partnershipsNamed(name: string) {
  return query<{ id: string; slug: string }>('SELECT id, slug FROM "Partnership" WHERE name = $1', [name]);
}

test('the operator keeps the national lists: every platform and national harm category, each opening its page', async ({
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, OPERATOR, baseURL as string);
  await page.goto('/operator/national-lists');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('National lists');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Discord', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Discord');
  await page.goto('/operator/national-lists');
  await page.getByRole('link', { name: 'Add a platform' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a platform');
  // A partnership's administrator has no national list.
  const admin = await context.browser()!.newContext();
  await signInAs(admin, 'admin@northshire.example', baseURL as string);
  expect((await admin.request.get('/operator/national-lists')).status()).toBe(404);
  await admin.close();
});

test('the operator keeps the bank holidays every partnership’s school days leave out', async ({
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, OPERATOR, baseURL as string);
  await page.goto('/operator/national-lists');
  await page.getByRole('link', { name: 'Bank holidays', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bank holidays');
  await expect(page.getByRole('cell', { name: '28 December 2027', exact: true })).toBeVisible();
  await expectAccessible(page);
  // A date typed wrong is refused at its field, with what was typed kept.
  await page.getByLabel('Date').fill('31/2/2030');
  await page.getByLabel('Name').fill('Not a day');
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the date as day, month and year');
  await expect(page.getByLabel('Name')).toHaveValue('Not a day');
});

test('the operator sees every partnership’s web addresses and adds one only as at creation', async ({
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, OPERATOR, baseURL as string);
  await page.goto('/operator/partnerships');
  await expect(
    page
      .getByRole('table', { name: 'Web addresses' })
      .getByRole('cell', { name: 'southvale.localhost', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove\s*:\s*southvale\.localhost$/ })).toBeVisible();
  await page.getByLabel('Web address', { exact: true }).fill('https://southvale.example/report');
  await page.getByRole('button', { name: 'Add web address' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter each web address on its own');
});
