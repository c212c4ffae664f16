// The optional question about the stranger's account (issue 18): a parent can give a name or a link for
// each platform they chose; it is shown back to them and to the school's DSL as plain words, never as a
// link anyone could click.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { query } from './case-data';
import { answerEveryQuestion, reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const DSL = 'dsl.oakfield@northshire.example';
const LINK = 'https://www.snapchat.com/add/CoolKid99';
const QUESTION = 'Do you know the name the stranger used, or a link to their account?';

// Each test walks the whole journey (one with axe on every page) and signs staff in: slower than 30 s on a
// busy machine.
test.describe.configure({ timeout: 90_000 });

const summaryValue = (page: Page, key: string) =>
  page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');

test('a link a parent gives reaches the DSL as plain words, never as a link', async ({
  browser,
  baseURL,
}) => {
  const parent = await browser.newContext();
  const parentPage = await parent.newPage();
  await answerEveryQuestion(parentPage, { strangerAccount: LINK, scan: true });
  await expect(summaryValue(parentPage, 'The stranger’s name or link')).toHaveText(`Snapchat: ${LINK}`);
  await expect(parentPage.locator('main a[href*="snapchat.com"]')).toHaveCount(0);
  await parentPage.getByRole('button', { name: 'Send report' }).click();
  await expect(parentPage.getByRole('heading', { name: 'Report sent' })).toBeVisible({ timeout: 15_000 });
  const reference = (await parentPage.getByTestId('reference').textContent())?.trim() ?? '';
  await parent.close();

  // Stored encrypted, with a hash: the database holds neither the link nor the username.
  const rows = await query<{ identifier: string; identifierHash: string }>(
    `SELECT a.identifier, a."identifierHash" FROM "ConcernAccountIdentifier" a
     JOIN "Concern" c ON c.id = a."concernId" WHERE c.reference = $1`,
    [reference],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]!.identifier).toMatch(/^enc:v1:/);
  expect(rows[0]!.identifierHash.toLowerCase()).not.toContain('coolkid99');

  const staff = await browser.newContext();
  await signInAs(staff, DSL, baseURL as string);
  const page = await staff.newPage();
  await page.goto(`/cases/${reference}`);
  await expect(page.getByText(`Snapchat: ${LINK}`)).toBeVisible();
  await expect(page.locator('main a[href*="snapchat.com"]')).toHaveCount(0);
  await expectAccessible(page);
  await staff.close();
});

test('the front door sees the pattern two reports make, without the account', async ({
  browser,
  baseURL,
}) => {
  const name = `pattern.${Date.now()}`;
  const references: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const parent = await browser.newContext();
    references.push((await reportAConcern(await parent.newPage(), { strangerAccount: name })).reference);
    await parent.close();
  }
  const staff = await browser.newContext();
  await signInAs(staff, 'frontdoor@northshire.example', baseURL as string);
  const page = await staff.newPage();
  await page.goto('/patterns');
  await expect(page.getByRole('heading', { name: 'Patterns', level: 1 })).toBeVisible();
  const row = page.locator('tr', { hasText: references[0]! });
  await expect(row).toContainText(references[1]!);
  await expect(row).toContainText('Snapchat');
  await expect(page.locator('main')).not.toContainText(name);
  await expectAccessible(page);
  await staff.close();
});

test('the question can be skipped', async ({ page }) => {
  const { reference } = await reportAConcern(page);
  const rows = await query(
    `SELECT 1 FROM "ConcernAccountIdentifier" a JOIN "Concern" c ON c.id = a."concernId" WHERE c.reference = $1`,
    [reference],
  );
  expect(rows).toHaveLength(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a name over 100 characters is refused with a message by the box', async ({ page }) => {
    await answerEveryQuestion(page, { javaScript: false });
    await page.getByRole('link', { name: /Change the stranger’s name or link/ }).click();
    await expect(page.getByRole('heading', { name: QUESTION })).toBeVisible();
    await page.getByLabel('Snapchat').fill('x'.repeat(101));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The name or link must be 100 characters or fewer',
    );
    await expect(page.getByLabel('Snapchat')).toHaveValue('x'.repeat(101));
    await page.getByLabel('Snapchat').fill('@coolkid99');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
    await expect(summaryValue(page, 'The stranger’s name or link')).toHaveText('Snapchat: @coolkid99');
  });
});
