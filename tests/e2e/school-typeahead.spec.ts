import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { schoolSearchBox } from './report-journey';

const QUESTION = 'Which school does the child go to?';

async function toSchoolQuestion(page: Page) {
  await page.goto('/report/danger');
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return schoolSearchBox(page);
}

test.describe('the school type-ahead, with JavaScript', () => {
  test('suggests active schools from the database; a click chooses one', async ({ page }) => {
    const box = await toSchoolQuestion(page);
    await box.pressSequentially('oakf', { delay: 50 });
    const option = page.getByRole('option', { name: 'Oakfield Primary School, Millbrook, NS1 2AB' });
    await expect(option).toBeVisible();
    await expect(page.getByRole('option')).toHaveCount(1);
    await expectAccessible(page);
    await option.click();
    await expect(box).toHaveValue('Oakfield Primary School');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText('1 school matches “Oakfield Primary School”.')).toBeVisible();
    await expect(page.getByLabel('Oakfield Primary School')).toBeVisible();
  });

  test('the keyboard chooses a suggestion, then Enter searches for it', async ({ page }) => {
    const box = await toSchoolQuestion(page);
    // Suggestions for the whole word, not for a part of it still on its way.
    const settled = page.waitForResponse((r) => r.url().endsWith('/api/schools?q=millbrook'));
    await box.pressSequentially('millbrook', { delay: 30 });
    await (await settled).finished();
    const first = page.getByRole('option').first();
    await expect(first).toBeVisible();
    const name = ((await first.textContent()) ?? '').split(',')[0] as string;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(name);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`1 school matches “${name}”.`)).toBeVisible();
  });

  test('Enter with suggestions showing but none chosen searches for what was typed', async ({ page }) => {
    const box = await toSchoolQuestion(page);
    await box.pressSequentially('Millbrook', { delay: 30 });
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/schools match “Millbrook”/)).toBeVisible();
  });

  test('an empty search shows the error at the box, which clears as the parent types', async ({ page }) => {
    const box = await toSchoolQuestion(page);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('Enter the school’s name, town or postcode');
    await expect(summary).toBeFocused();
    await expect(box).toHaveAttribute('aria-describedby', /schoolQuery-error/);
    await expectAccessible(page);
    await summary.getByRole('link').click();
    await expect(box).toBeFocused();
    await box.pressSequentially('oa', { delay: 30 });
    await expect(summary).toHaveCount(0);
    await expect(page.locator('#schoolQuery-error')).toHaveCount(0);
  });
});

test('suggestions hold only the names, towns and postcodes of a few active schools', async ({ request }) => {
  expect(await (await request.get('/api/schools?q=Old%20Mill')).json()).toEqual([]);
  // Every demo school's postcode starts NS: twenty match, ten are sent.
  const some = (await (await request.get('/api/schools?q=NS')).json()) as Record<string, unknown>[];
  expect(some).toHaveLength(10);
  for (const school of some) expect(Object.keys(school).sort()).toEqual(['name', 'postcode', 'town']);
  for (const query of ['', 'a', 'x'.repeat(500)]) {
    const refused = await request.get(`/api/schools?q=${query}`);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toEqual([]);
  }
});

test.describe('the school question without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain search box with a results page', async ({ page }) => {
    await page.goto('/report/danger');
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await page.getByRole('searchbox', { name: QUESTION }).fill('millbrook');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText(/schools match “millbrook”/)).toBeVisible();
  });
});
