import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { caseOfSchool, OAKFIELD, query, traces } from './case-data';
import { decryptColumn } from './e2e-crypto';
import { sendFreshReport } from './report-journey';
import { signInAs } from './sign-in';

const DSL = 'dsl.oakfield@northshire.example';

/**
 * A fresh report to the DSL's school, sent by a parent in a browser of their own. (Demo cases made new
 * again ran out: the worker escalates every overdue unopened one, and escalated cases are left to the
 * access matrix's front-door rows.)
 */
async function unopenedCase(browser: Browser) {
  const reference = await sendFreshReport(browser);
  const [c] = await query<{ id: string; reference: string }>(
    'SELECT id, reference FROM "Concern" WHERE reference = $1',
    [reference],
  );
  return c!;
}

test.describe('a DSL’s cases', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await signInAs(context, DSL, baseURL as string);
  });

  test('the list shows only their school’s cases, unopened first, and passes an accessibility scan', async ({
    page,
  }) => {
    await page.goto('/cases');
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    const references = await page
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-reference')));
    expect(references.length).toBeGreaterThan(0);
    const [foreign] = await query<{ n: string }>(
      `SELECT count(*) AS n FROM "Concern" c JOIN "School" s ON s.id = c."schoolId"
       WHERE c.reference = ANY($1) AND s.urn <> $2`,
      [references, OAKFIELD],
    );
    expect(Number(foreign?.n)).toBe(0);
    // Every row is their one school's, so the list does not repeat it.
    await expect(page.getByRole('columnheader', { name: 'School' })).toHaveCount(0);
    // Unopened cases come before opened ones.
    const statuses = await page.locator('tbody tr td[data-label="Status"]').allInnerTexts();
    const firstOpened = statuses.findIndex((s) => !s.startsWith('Not opened'));
    if (firstOpened >= 0)
      expect(statuses.slice(firstOpened).some((s) => s.startsWith('Not opened'))).toBe(false);
    await expectAccessible(page);
    await page.goto('/cases?risk=EXTREME');
    await expect(page.locator('.govuk-error-summary')).toContainText('Select a level of risk from the list');
    await expectAccessible(page);
  });

  test('a case opened by a link from elsewhere is shown but acknowledged only by Mark as read', async ({
    browser,
    page,
  }) => {
    const c = await unopenedCase(browser);
    // page.goto is a navigation from outside the app (Sec-Fetch-Site: none), like a link in an email.
    await page.goto(`/cases/${c.reference}`);
    await expect(page.getByRole('heading', { level: 1, name: c.reference })).toBeVisible();
    expect((await traces(c.id)).firstOpenedAt).toBeNull();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(async () => (await traces(c.id)).firstOpenedAt).not.toBeNull();
    await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  });

  test('opening a case from the case list acknowledges it', async ({ browser, page }) => {
    const c = await unopenedCase(browser);
    await page.goto('/cases');
    await page.getByRole('link', { name: c.reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.reference })).toBeVisible();
    await expect.poll(async () => (await traces(c.id)).firstOpenedAt).not.toBeNull();
  });

  test('a case page shows the record and passes an accessibility scan', async ({ page }) => {
    const c = await caseOfSchool(OAKFIELD, 0);
    await page.goto(`/cases/${c.reference}`);
    await expect(page.getByRole('heading', { level: 1, name: c.reference })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
    await expect(page.getByText(/^Viewed, printed or downloaded \d+ times? by /)).toBeVisible();
    await page.getByText('See every entry').click();
    await expect(page.getByRole('table', { name: /^Access log/ })).toContainText('Viewed the case');
    await expectAccessible(page);
    await page.goto(`/cases/${c.reference}/print`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(c.reference);
    await expectAccessible(page);
    const pdf = await page.request.get(`/cases/${c.reference}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['cache-control']).toBe('no-store');
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('adds a note and a decision, and refuses a decision without a reason', async ({ page }) => {
    const c = await caseOfSchool(OAKFIELD, 1);
    await page.goto(`/cases/${c.reference}?action=note`);
    const note = page.getByTestId('add-note');
    await note.getByLabel('Note').fill('Called the parent. <b>Not bold</b>');
    await note.getByRole('button', { name: 'Add note' }).click();
    await expect(note.getByText('Note added')).toBeVisible();
    await expect(page.locator('.app-chronology')).toContainText('Called the parent. <b>Not bold</b>');

    await page.getByRole('link', { name: 'Record a decision' }).click();
    const decision = page.getByTestId('record-decision');
    await decision.getByLabel('Decision', { exact: true }).fill('Speak to the child with a parent');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect(decision.getByText('Enter the reason for the decision').first()).toBeVisible();
    await expectAccessible(page);
    await decision.getByLabel('Reason for the decision').fill('The person may still be in contact');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect(decision.getByText('Decision recorded')).toBeVisible();
    await expect(page.locator('.app-chronology')).toContainText('The person may still be in contact');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test.beforeEach(async ({ context, baseURL }) => {
    await signInAs(context, DSL, baseURL as string);
  });

  test('filters the list, and explains a bad filter', async ({ page }) => {
    await page.goto('/cases');
    await page.getByLabel('Status', { exact: true }).selectOption('CLOSED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/status=CLOSED/);
    const statuses = await page.locator('tbody tr td[data-label="Status"]').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s).toContain('Closed');
    await page.goto('/cases?risk=EXTREME&from=31%2F2%2F2026');
    await expect(page.locator('.govuk-error-summary')).toContainText('Select a level of risk from the list');
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter the “from” date');
  });

  test('finds a case by its reference', async ({ page }) => {
    const c = await caseOfSchool(OAKFIELD, 2);
    await page.goto('/cases');
    await page.getByLabel('Reference').fill(c.reference.toLowerCase());
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(page.locator('tbody')).toContainText(c.reference);
  });

  test('adds a note', async ({ page }) => {
    const c = await caseOfSchool(OAKFIELD, 3);
    await page.goto(`/cases/${c.reference}?action=note`);
    await page.getByTestId('add-note').getByLabel('Note').fill('Added without JavaScript');
    await page.getByTestId('add-note').getByRole('button', { name: 'Add note' }).click();
    const rows = await query<{ id: string; summary: string }>(
      `SELECT id::text, summary FROM "ConcernEvent" WHERE "concernId" = $1 AND kind = 'NOTE'`,
      [c.id],
    );
    const notes = await Promise.all(
      rows.map((r) => decryptColumn('ConcernEvent', 'summary', r.id, r.summary)),
    );
    expect(notes).toContain('Added without JavaScript');
    expect(rows.map((r) => r.summary).join()).not.toContain('Added without JavaScript');
  });
});
