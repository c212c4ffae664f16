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

  test('leads with the headline figures, then the early warnings, then the time chart and its table', async ({
    page,
  }) => {
    await page.goto('/trends?from=2025-01-01&to=2026-12-31&period=month');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trends across schools');
    const sections = await page.locator('main h2').allInnerTexts();
    expect(sections.slice(0, 3)).toEqual(['Headline figures', 'Early warnings', 'Concerns over time']);
    await expect(page.locator('#headline')).toContainText(
      'From 1 January 2025 to 31 December 2026, compared with the same length of time just before',
    );
    for (const label of [
      'Concerns reported',
      'Urgent concerns',
      'Schools with a concern',
      'Sent through this site about schools in other areas',
      'Most reported platform',
      'Most reported kind of harm',
    ])
      await expect(page.locator('#headline').getByRole('heading', { name: label })).toBeVisible();
    // Each figure is a published count, and each change is said in words that cannot undo suppression.
    const changes = await page.locator('#headline p.govuk-body-s').allInnerTexts();
    expect(changes.length).toBeGreaterThanOrEqual(3);
    for (const change of changes)
      expect(change).toMatch(
        /^(up|down) \d{1,3}(,\d{3})* from (0|\d{1,3}(,\d{3})*)$|^no change$|^too few to compare$/,
      );
    const figures = await page.locator('#headline p.govuk-heading-l').allInnerTexts();
    for (const figure of figures) expect(figure).toMatch(SAFE_COUNT);
    // The time chart: columns drawn as SVG, every month of the range in order in the table beside it.
    await expect(page.locator('.app-time-chart svg')).toBeVisible();
    const months = await page.locator('#over-time-table tbody th').allInnerTexts();
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2025-01');
    expect(months.at(-1)).toBe('2026-12');
    expect([...months].sort()).toEqual(months);
  });

  test('shows suppressed counts in charts and tables, with no case, and passes an accessibility scan', async ({
    page,
  }) => {
    await page.goto('/trends?from=2025-01-01&to=2026-12-31&period=month');
    for (const title of [
      'Concerns over time',
      'Concerns by platform',
      'Concerns by school phase',
      'Concerns by area',
    ]) {
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
    }
    await expect(page.locator('#platform-title ~ p').first()).toHaveText(
      /more than one platform for a concern, so these numbers add up to more than the number of concerns/,
    );
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

  test('downloads exactly the table as CSV, saying which filters it holds', async ({ page }) => {
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
    expect(download.suggestedFilename()).toBe('trends-2025-01-01-to-2026-12-31-by-month-table-phase.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const [filters, table] = csv.trim().split('\r\n\r\n') as [string, string];
    expect(filters.split('\r\n')).toEqual([
      'Table,Concerns by school phase',
      'From,2025-01-01',
      'To,2026-12-31',
      'Counts by,Month',
      'Platform,All platforms',
      'Kind of harm,All kinds of harm',
      'Area,All areas',
      'School phase,All phases',
    ]);
    expect(table.split('\r\n').map((line) => line.split(','))).toEqual(rows);
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
    // The filters sit in a details element, which opens without JavaScript.
    await page.getByText('Change the dates and filters').click();
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
    await page.getByText('Change the dates and filters').click();
    await page.getByLabel('Show counts by', { exact: true }).selectOption({ label: 'Quarter' });
    await page.getByRole('button', { name: 'Show trends' }).click();
    await expect(page).toHaveURL(/period=quarter/);
    const quarters = await page.locator('#over-time-table tbody th').allInnerTexts();
    expect(quarters.length).toBeGreaterThan(0);
    for (const quarter of quarters) expect(quarter).toMatch(/^(2025|2026) Q[1-4]$/);
    await page.getByText('Change the dates and filters').click();
    await page.getByLabel('Show counts by', { exact: true }).selectOption({ label: 'Year' });
    await page.getByRole('button', { name: 'Show trends' }).click();
    const years = await page.locator('#over-time-table tbody th').allInnerTexts();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) expect(['2025', '2026']).toContain(year);
  });
});
