import { expect, test } from '@playwright/test';
import { expectAccessible, recordForeignRequests } from './fixtures';

test.describe('the public start page', () => {
  test('says what the service is, puts danger first, and passes an accessibility scan', async ({
    page,
    baseURL,
  }) => {
    const foreign = recordForeignRequests(page, baseURL as string);
    await page.goto('/');
    await expect(page).toHaveTitle(/Report a concern about a child online/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a concern about a child online');
    await expect(page.getByText('If a child is in danger right now, call 999.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Northshire Safeguarding Children Partnership' }),
    ).toBeVisible();
    await expectAccessible(page);
    await expect(page.locator('body')).toHaveClass(/govuk-frontend-supported/);
    expect(foreign).toEqual([]);
  });

  test('lets a keyboard user skip straight to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main-content$/);
  });

  test('fits a 320 pixel wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still shows everything a parent needs', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('If a child is in danger right now, call 999.')).toBeVisible();
    });
  });
});

test('an unknown address gets a plain "page not found" page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
});

test('the development mail page does not exist in production', async ({ page }) => {
  const response = await page.goto('/dev/mail');
  expect(response?.status()).toBe(404);
});

test('the health check reports a reachable, migrated database and no secrets', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'reachable', migrations: 'current' });
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(response.headers()['x-powered-by']).toBeUndefined();
  expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
