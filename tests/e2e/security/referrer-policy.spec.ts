// Why pages with a form narrow Referrer-Policy from no-referrer to same-origin (components/forms/form-referrer-policy.tsx),
// shown in a real browser: under no-referrer, Chromium sends "Origin: null" with a form posted without
// JavaScript, and the app (like Next.js itself) must refuse a POST it cannot tell from a cross-site one.
// Under same-origin the same form works, and a link to another site still carries no Referer at all.
import { expect, test, type Page } from '@playwright/test';

/**
 * Shows /check as if the whole site used Referrer-Policy: no-referrer. Without JavaScript the page arrives
 * without its same-origin <meta>; with JavaScript (React puts the <meta> back) a later no-referrer <meta>
 * overrides it, as a browser applies the last one it meets.
 */
async function openAsNoReferrer(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (!javaScriptEnabled) {
    await page.route('**/check', async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta name="referrer"[^>]*>/, '');
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto('/check');
  if (javaScriptEnabled) {
    await page.evaluate(() => {
      const meta = document.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      document.head.append(meta);
    });
  } else {
    expect(await page.locator('meta[name="referrer"]').count()).toBe(0);
  }
}

async function sendWrongReceipt(page: Page): Promise<{ origin: string | null; status: number }> {
  await page.getByLabel('Reference').fill('BBBB-CCCC');
  await page.getByLabel('Secret code').fill('BCDF-GHJK-MNPQ-RSTV');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST'),
    page.getByRole('button', { name: 'Continue' }).click(),
  ]);
  const response = await request.response();
  return { origin: await request.headerValue('origin'), status: response?.status() ?? 0 };
}

test('under no-referrer a form sent without JavaScript says "Origin: null" and is refused', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await openAsNoReferrer(page, false);
  const sent = await sendWrongReceipt(page);
  expect(sent.origin).toBe('null');
  expect(sent.status).toBe(403);
  await page.context().close();
});

test('under no-referrer the same form sent by JavaScript still names its origin (so only the plain form breaks)', async ({
  browser,
  baseURL,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await openAsNoReferrer(page, true);
  const sent = await sendWrongReceipt(page);
  expect(sent.origin).toBe(new URL(baseURL as string).origin);
  expect(sent.status).toBe(200);
  await page.context().close();
});

for (const javaScriptEnabled of [false, true]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test(`as served (same-origin in a page with a form), the form works ${how}`, async ({
    browser,
    baseURL,
  }) => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    const response = await page.goto('/check');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
    const sent = await sendWrongReceipt(page);
    expect(sent.origin).toBe(new URL(baseURL as string).origin);
    expect(sent.status).toBe(200);
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The reference or secret code is not right',
    );
    await page.context().close();
  });
}

test('a link to another site carries no Referer', async ({ page }) => {
  let referer: string | undefined = 'not requested';
  await page.route('https://elsewhere.example/**', async (route) => {
    referer = (await route.request().headerValue('referer')) ?? undefined;
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Elsewhere</title>' });
  });
  await page.goto('/check');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://elsewhere.example/page';
    link.textContent = 'Elsewhere';
    document.body.append(link);
    link.click();
  });
  await page.waitForURL('https://elsewhere.example/page');
  expect(referer).toBeUndefined();
});
