// "Report it to the platform too", followed through: the journey asks (optional) whether the parent already
// reported it to the app or website, the follow-up page asks what the app did, and the case team reads both.
// Without JavaScript, as on a locked-down phone: every answer is a plain form POST.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

// In order: the trends table at the end counts the answer the first test gives.
test.describe.configure({ mode: 'serial' });

async function checkReport(page: Page, sent: { reference: string; receipt: string }) {
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
}

const responseGroup = (page: Page) =>
  page.getByRole('group', { name: 'What happened when you reported it to Snapchat?' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the parent says they have not reported it yet, then later what Snapchat did; the DSL reads both', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const sent = await reportAConcern(page, { javaScript: false, reportedToPlatform: 'Not yet' });

    await checkReport(page, sent);
    await responseGroup(page).getByLabel('They have not replied').check();
    await page.getByRole('button', { name: 'Save what happened' }).click();
    await expect(page.getByText('Thank you. We have saved your answer.')).toBeVisible();
    // The answer can change later. GOV.UK's double-click guard ignores a second press within a second:
    // load the page again before pressing again.
    await page.reload();
    await expect(responseGroup(page).getByLabel('They have not replied')).toBeChecked();
    await expect(responseGroup(page).getByText(/You told us on \d+ \w+ \d{4}\./)).toBeVisible();
    await responseGroup(page).getByLabel('They took it down').check();
    await page.getByRole('button', { name: 'Save what happened' }).click();
    await expect(page.getByText('Thank you. We have saved your answer.')).toBeVisible();

    const staff = await browser.newContext({ baseURL });
    await signInAs(staff, 'dsl.oakfield@northshire.example', baseURL as string);
    const dsl = await staff.newPage();
    await dsl.goto('/cases');
    await dsl.getByRole('link', { name: sent.reference }).click();
    const row = (label: string) =>
      dsl.locator('.govuk-summary-list__row', { hasText: label }).locator('.govuk-summary-list__value');
    await expect(row('Parent reported it to the platform')).toHaveText('Not yet');
    await expect(row('What the platform did (from the parent)')).toHaveText(
      /^Snapchat: removed \(\d+ \w+ \d{4}\)$/,
    );
    await expect(
      dsl.getByText('The reporter said what happened when they reported it to Snapchat: removed.'),
    ).toBeVisible();
    await staff.close();
  });
});

test('the question and the follow-up answer pass axe, and an empty save asks for an answer', async ({
  page,
}) => {
  test.slow();
  const sent = await reportAConcern(page, { reportedToPlatform: 'Yes', scan: true });
  await checkReport(page, sent);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText('Select what happened on at least one app or website').first()).toBeVisible();
});

test('the trends page counts platform responses, suppressed like every table, with its CSV', async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, 'trends@northshire.example', baseURL as string);
  const year = new Date().getFullYear();
  await page.goto(`/trends?from=${year}-01-01&to=${year}-12-31&period=year`);
  const section = page.getByRole('region', { name: 'What platforms did when parents reported it to them' });
  await expect(section).toBeVisible();
  // The first test's answer for Snapchat is counted (hidden as "fewer than 5", or rounded); every count is safe.
  const snapchat = section.locator('#platform-response-table tr', { hasText: 'Snapchat' });
  await expect(snapchat.locator('td').first()).not.toHaveText('0');
  const cells = await section.locator('#platform-response-table td').allInnerTexts();
  for (const cell of cells) expect(cell.trim()).toMatch(/^(0|fewer than 5|\d{1,3}(,\d{3})*)$/);
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: /Download this table as CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `trends-${year}-01-01-to-${year}-12-31-by-year-table-platform-response.csv`,
  );
  const csv = readFileSync((await download.path()) as string, 'utf8');
  const [filters, table] = csv.trim().split('\r\n\r\n') as [string, string];
  expect(filters.split('\r\n')[0]).toBe('Table,What platforms did when parents reported it to them');
  expect(table.split('\r\n')[0]).toBe('Platform,Took it down,No reply,Would not act,Don’t know');
});
