import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';

const STAFF = 'trends@northshire.example';
// What a published count may look like: 0, "fewer than 5", or a multiple of 5.
const SAFE_COUNT = /^(0|fewer than 5|\d{1,3}(,\d{3})*)$/;

test.describe('trends dashboard', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await signInAs(context, STAFF, baseURL as string);
  });

  test('shows suppressed counts in charts and tables, with no case, and passes an accessibility scan', async ({
    page,
  }) => {
    await page.goto('/trends?from=2025-01-01&to=2026-12-31&period=month');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trends across schools');
    for (const title of [
      'Concerns over time',
      'Concerns by platform',
      'Concerns by school phase',
      'Concerns by area',
    ]) {
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
    }
    const counts = await page.locator('#platform-table td').allInnerTexts();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) {
      expect(count).toMatch(SAFE_COUNT);
      if (/^\d/.test(count)) expect(Number(count.replace(/,/g, '')) % 5).toBe(0);
    }
    await expect(page.locator('svg.trend-chart').first()).toBeVisible();
    // Nothing that could lead to a case: no concern references, no links into case pages.
    await expect(page.locator('a[href*="/cases"], a[href*="/concerns"]')).toHaveCount(0);
    expect(await page.locator('main').innerText()).not.toMatch(/\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/);
    await expectAccessible(page);
  });

  test('downloads exactly the table as CSV', async ({ page }) => {
    await page.goto('/trends?from=2025-01-01&to=2026-12-31');
    const rows = await page
      .locator('#phase-table tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.trim()),
        ),
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download this table as CSV.*school phase/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const parsed = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(parsed).toEqual(rows);
  });

  test('reports a bad filter clearly', async ({ page }) => {
    await page.goto('/trends?from=2026-06-01&to=2026-01-01&platform=no-such-app');
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('The start date must be the same as or before the end date');
    await expect(summary).toContainText('Choose a platform from the list');
    await expectAccessible(page);
    await page.goto('/trends?from=2010-01-01&to=2026-01-01');
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The date range must be 3 years or shorter',
    );
  });
});

test.describe('trends filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filter by platform and phase with the plain GET form', async ({ context, page, baseURL }) => {
    await signInAs(context, STAFF, baseURL as string);
    await page.goto('/trends');
    await page.getByLabel('From', { exact: true }).fill('2025-06-01');
    await page.getByLabel('To', { exact: true }).fill('2026-11-01');
    await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Snapchat' });
    await page.getByLabel('School phase', { exact: true }).selectOption({ label: 'Primary' });
    await page.getByRole('button', { name: 'Show trends' }).click();
    await expect(page).toHaveURL(/platform=snapchat/);
    await expect(page).toHaveURL(/phase=PRIMARY/);
    await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('snapchat');
    const platformRows = await page.locator('#platform-table tbody th').allInnerTexts();
    expect(platformRows.every((name) => name === 'Snapchat')).toBe(true);
    const phaseRows = await page.locator('#phase-table tbody th').allInnerTexts();
    expect(phaseRows.filter((name) => !name.startsWith('Total'))).toEqual(['Primary']);
  });

  test('counts by calendar quarter and year', async ({ context, page, baseURL }) => {
    await signInAs(context, STAFF, baseURL as string);
    await page.goto('/trends?from=2025-01-01&to=2026-12-31');
    await page.getByLabel('Show counts by', { exact: true }).selectOption({ label: 'Quarter' });
    await page.getByRole('button', { name: 'Show trends' }).click();
    await expect(page).toHaveURL(/period=quarter/);
    const quarters = await page.locator('#over-time-table tbody th').allInnerTexts();
    expect(quarters.length).toBeGreaterThan(0);
    for (const quarter of quarters) expect(quarter).toMatch(/^(2025|2026) Q[1-4]$/);
    await page.getByLabel('Show counts by', { exact: true }).selectOption({ label: 'Year' });
    await page.getByRole('button', { name: 'Show trends' }).click();
    const years = await page.locator('#over-time-table tbody th').allInnerTexts();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) expect(['2025', '2026']).toContain(year);
  });
});
