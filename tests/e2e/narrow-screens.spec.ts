import { expect, test, type Page } from '@playwright/test';
import { caseOfSchool, OAKFIELD, query } from './case-data';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';
import { enrol, inviteNewDsl } from './staff-auth-helpers';

// At 360 px (a small phone) staff pages reflow instead of scrolling sideways (WCAG 1.4.10, issue 22 item 13),
// and the case list gives a DSL what to triage on (item 5).
test.use({ viewport: { width: 360, height: 740 } });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(360);
}

test('the case list shows a DSL urgency and why, harm, platform and year, without the one school, in 360 px', async ({
  page,
  context,
  baseURL,
}) => {
  const c = await caseOfSchool(OAKFIELD, 3);
  await query(
    `UPDATE "Concern" SET urgent = true, "urgencyReasons" = ARRAY['sextortion'], "childYear" = 8, "childAge" = 13,
       "stillHappening" = 'YES' WHERE id = $1`,
    [c.id],
  );
  const [named] = await query<{ platform: string | null; harm: string | null }>(
    `SELECT (SELECT p.name FROM "ConcernPlatform" cp JOIN "Platform" p ON p.id = cp."platformId"
              WHERE cp."concernId" = $1 ORDER BY p."sortOrder", p.name LIMIT 1) AS platform,
            (SELECT h.name FROM "ConcernHarm" ch JOIN "HarmCategory" h ON h.id = ch."harmCategoryId"
              WHERE ch."concernId" = $1 ORDER BY h."sortOrder", h.name LIMIT 1) AS harm`,
    [c.id],
  );
  await signInAs(context, 'dsl.oakfield@northshire.example', baseURL as string);
  await page.goto(`/cases?q=${c.reference}`);
  const row = page.locator(`tr[data-reference="${c.reference}"]`);
  await expect(row).toContainText('Urgent');
  await expect(row).toContainText('Possible sextortion');
  await expect(row).toContainText('Year 8, age 13');
  await expect(row).toContainText('Still happening');
  if (named?.harm) await expect(row).toContainText(named.harm);
  if (named?.platform) await expect(row).toContainText(named.platform);
  // A DSL of one school is not told the school on every row.
  await expect(page.getByRole('columnheader', { name: 'School' })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.goto('/cases');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('a DSL of several schools sees which school each case is from', async ({ page, context, baseURL }) => {
  await signInAs(context, 'dsl.kingsmere-federation@northshire.example', baseURL as string);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cases');
  await expect(page.getByRole('columnheader', { name: 'School' })).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectAccessible(page);
});

test('the trends tables reflow in 360 px', async ({ page, context, baseURL }) => {
  await signInAs(context, 'trends@northshire.example', baseURL as string);
  await page.goto('/trends?from=2025-01-01&to=2026-12-31&period=month');
  await expect(page.locator('table').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The time chart keeps its words legible by scrolling sideways inside its own box.
  const chart = page.locator('.app-time-chart');
  const box = await chart.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(box.client).toBeLessThanOrEqual(360);
  expect(box.scroll).toBeGreaterThan(box.client);
  await expectAccessible(page);
});

test('the schools list reflows in 360 px', async ({ page, context, baseURL }) => {
  await signInAs(context, 'admin@northshire.example', baseURL as string);
  await page.goto('/admin/schools');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('the authenticator key is shown in groups of four, copies as the key, and fits in 360 px', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { token } = await inviteNewDsl();
  await page.goto(`/invitation/${token}`);
  await page.getByLabel('Your full name').fill('Nia Narrow');
  await page.getByLabel('New password', { exact: true }).fill('kettle orchard meadow narrow');
  await page.getByLabel('Enter the new password again').fill('kettle orchard meadow narrow');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/sign-in\/set-up-authenticator$/);
  const key = page.getByTestId('totp-secret').locator('code');
  const groups = await key.locator('span').allInnerTexts();
  expect(groups.length).toBeGreaterThan(1);
  for (const group of groups.slice(0, -1)) expect(group).toMatch(/^[A-Z2-7]{4}$/);
  // What a selection of the key copies: the key itself, with no spaces between the groups.
  const copied = await key.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(copied).toBe(groups.join(''));
  await expectNoSidewaysScroll(page);
  // The key read from the page enrols the app (enrol computes a code from it).
  await enrol(page);
});
