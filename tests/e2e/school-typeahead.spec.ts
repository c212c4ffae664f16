import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';

test('with JavaScript, the school question suggests schools as the parent types', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  const box = page.getByRole('combobox', { name: 'Which school does the child go to?' });
  await box.pressSequentially('oakf', { delay: 50 });
  const option = page.getByRole('option', { name: 'Oakfield Primary School, Millbrook, NS1 2AB' });
  await expect(option).toBeVisible();
  await expectAccessible(page);
  await option.click();
  await expect(box).toHaveValue('Oakfield Primary School');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('1 school matches “Oakfield Primary School”.')).toBeVisible();
  await expect(page.getByLabel('Oakfield Primary School')).toBeVisible();
});

test('the suggestions list only names, towns and postcodes of active schools', async ({ request }) => {
  const found = (await (await request.get('/api/schools?q=Old%20Mill')).json()) as unknown[];
  expect(found).toEqual([]);
  const some = (await (await request.get('/api/schools?q=north')).json()) as Record<string, unknown>[];
  expect(some.length).toBeGreaterThan(0);
  for (const school of some) expect(Object.keys(school).sort()).toEqual(['name', 'postcode', 'town']);
  expect(await (await request.get(`/api/schools?q=${'x'.repeat(500)}`)).json()).toEqual([]);
});
