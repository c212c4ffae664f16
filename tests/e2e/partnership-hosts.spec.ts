// One deployment, two partnerships, each at its own address (lib/partnerships/get-public-partnership.ts).
// The demo maps localhost and northshire.localhost to Northshire and southvale.localhost to Southvale
// (lib/demo/demo-southvale.ts); Chromium sends every *.localhost name to this machine.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';

const at = (baseURL: string | undefined, hostname: string) => {
  const url = new URL(baseURL as string);
  url.hostname = hostname;
  return url.origin;
};

test('southvale.localhost shows Southvale: its name, its colour and only its schools', async ({
  page,
  baseURL,
}) => {
  const southvale = at(baseURL, 'southvale.localhost');
  await page.goto(`${southvale}/`);
  await expect(page.getByRole('link', { name: 'Southvale SCP' })).toBeVisible();
  await expect(page.getByText('Northshire')).toHaveCount(0);
  // The header bar takes the partnership's colour from a nonce'd style sheet (the CSP allows no other).
  const bar = await page
    .locator('.app-header')
    .evaluate((header) => getComputedStyle(header).backgroundColor);
  expect(bar).toBe('rgb(76, 44, 105)');
  await expectAccessible(page);

  const own = await page.goto(`${southvale}/api/schools?q=Thornbury`);
  expect((await own?.json()) as { name: string }[]).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'Thornbury High School' })]),
  );
  const other = await page.goto(`${southvale}/api/schools?q=Oakfield`);
  expect(await other?.json()).toEqual([]);

  await page.goto(`${southvale}/privacy`);
  await expect(page.getByText('Southvale Council', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
});

test('localhost still shows Northshire and none of Southvale’s schools', async ({ page, baseURL }) => {
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'Northshire Safeguarding Children Partnership' }).first(),
  ).toBeVisible();
  const other = await page.goto(`${baseURL}/api/schools?q=Thornbury`);
  expect(await other?.json()).toEqual([]);
});

test('an address no partnership is set up for says so, and names none', async ({ page, baseURL }) => {
  const response = await page.goto(`${at(baseURL, 'elsewhere.localhost')}/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This service is not set up at this address',
  );
  const html = await page.content();
  expect(html).not.toContain('Northshire');
  expect(html).not.toContain('Southvale');
  await expectAccessible(page);
  const report = await page.goto(`${at(baseURL, 'elsewhere.localhost')}/report/school`);
  expect(report?.status()).toBe(404);
});
