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

test('southvale.localhost shows Southvale: its name, its colour, and the schools of the whole service', async ({
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
  // A child may go to school in the next area: the search covers every school on the service, and the
  // concern goes to the school's own partnership (tests/e2e/cross-border.spec.ts).
  const other = await page.goto(`${southvale}/api/schools?q=Oakfield`);
  expect((await other?.json()) as { name: string }[]).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'Oakfield Primary School' })]),
  );

  await page.goto(`${southvale}/privacy`);
  await expect(page.getByText('Southvale Council', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
});

test('localhost still shows Northshire, with nothing of Southvale’s but its schools in the search', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'Northshire Safeguarding Children Partnership' }).first(),
  ).toBeVisible();
  expect(await page.content()).not.toContain('Southvale');
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
