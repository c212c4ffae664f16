// Before leaving the confirmation page, a parent shows they kept the secret code (issue 20): wrong code,
// right code, no code, with JavaScript and without. Each sends a fresh report, so no other spec's cases
// are touched.
import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';

const CODE_LABEL = 'Type the last 4 letters and numbers of your secret code';

async function typeCode(page: Page, code: string) {
  await page.getByLabel(CODE_LABEL).fill(code);
  await page.getByRole('button', { name: 'Check my code' }).click();
}

/** A wrong code: the summary and the field say what to fix, and the code is still on the page. */
async function wrongCode(page: Page, receipt: string) {
  await typeCode(page, receipt.slice(0, 4));
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('That is not the end of your secret code');
  await expect(page.locator('#code-error')).toContainText('That is not the end of your secret code');
  await expect(page.getByTestId('receipt')).toHaveText(receipt);
  await expect(page.getByLabel(CODE_LABEL)).toHaveValue('');
}

/** The PDF behind a link, as a reader gets its text (poppler's pdftotext), with this page's cookies. */
async function pdfTextAt(page: Page, href: string): Promise<string> {
  const response = await page.request.get(href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['cache-control']).toContain('no-store');
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: await response.body(),
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return result.stdout.replace(/\s+/g, ' ');
}

async function pdfHref(page: Page): Promise<string> {
  return (await page.getByRole('link', { name: 'Save it as a PDF file' }).getAttribute('href')) ?? '';
}

for (const javaScript of [true, false]) {
  test.describe(`keeping the secret code, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a wrong code is refused, the right last group finishes and forgets the code', async ({ page }) => {
      test.slow();
      const sent = await reportAConcern(page, { javaScript });
      await wrongCode(page, sent.receipt);
      if (javaScript) {
        await expect(page.locator('.govuk-error-summary')).toBeFocused();
        await expectAccessible(page);
      }
      await typeCode(page, ` ${sent.receipt.slice(-4).toLowerCase()} `);
      await expect(page.getByRole('heading', { name: 'You have finished' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'check your report' })).toHaveAttribute('href', '/check');
      await expect(page.getByText('Exit this page button')).toBeVisible();
      if (javaScript) await expectAccessible(page);
      expect(page.url()).not.toContain(sent.receipt.slice(-4));
      // The code is gone from this device.
      await page.goto('/report/confirmation');
      await expect(page.getByTestId('receipt')).toHaveCount(0);
      await page.goto('/report/confirmation/no-code');
      await expect(page).toHaveURL(/\/report\/confirmation$/);
    });

    test('the whole code, with spaces and in small letters, is taken too', async ({ page }) => {
      test.slow();
      const sent = await reportAConcern(page, { javaScript });
      await typeCode(page, sent.receipt.replaceAll('-', ' ').toLowerCase());
      await expect(page.getByRole('heading', { name: 'You have finished' })).toBeVisible();
    });

    test('an anonymous parent who cannot keep the code is told what that means', async ({ page }) => {
      test.slow();
      await reportAConcern(page, { javaScript });
      await page.getByRole('link', { name: 'I cannot keep the secret code' }).click();
      await expect(page.getByRole('heading', { name: 'If you cannot keep the secret code' })).toBeVisible();
      await expect(page.getByText('you cannot check what is happening with your report')).toBeVisible();
      // Anonymous: no way to leave an email address.
      await expect(page.getByLabel('Email address')).toHaveCount(0);
      if (javaScript) await expectAccessible(page);
      await page.getByRole('button', { name: 'Leave without the code' }).click();
      await expect(page.getByRole('heading', { name: 'You have finished' })).toBeVisible();
      await expect(page.getByText('Without the secret code you cannot check your report')).toBeVisible();
      await expect(page.getByRole('link', { name: 'make a new report' })).toBeVisible();
      if (javaScript) await expectAccessible(page);
      await page.goto('/report/confirmation');
      await expect(page.getByTestId('receipt')).toHaveCount(0);
    });

    test('a parent who gave their details can leave an email address instead', async ({ page }) => {
      test.slow();
      const sent = await reportAConcern(page, { javaScript, anonymous: false });
      await page.getByRole('link', { name: 'I cannot keep the secret code' }).click();
      await page.getByLabel('Email address').fill('not an email');
      await page.getByRole('button', { name: 'Save my email address' }).click();
      await expect(page.locator('.govuk-error-summary')).toContainText(
        'Enter an email address in the correct format, like name@example.com',
      );
      await expect(page.locator('#reporterEmail-error')).toBeVisible();
      if (javaScript) await expectAccessible(page);
      await page.getByLabel('Email address').fill(`keep-code-${sent.reference}@example.com`);
      await page.getByRole('button', { name: 'Save my email address' }).click();
      await expect(page.getByRole('heading', { name: 'You have finished' })).toBeVisible();
      await expect(page.getByText('We have saved your email address.')).toBeVisible();
      await page.goto('/report/confirmation');
      await expect(page.getByTestId('receipt')).toHaveCount(0);
    });

    test('proof of sending: page and PDF with the reference, never the description', async ({ page }) => {
      test.slow();
      const description = `Proof test ${Date.now()}: messages about the school trip.`;
      const sent = await reportAConcern(page, { javaScript, description });
      await page.getByRole('link', { name: 'Print or save proof that you sent a report' }).click();
      await expect(page.getByRole('heading', { name: 'Proof you sent a report' })).toBeVisible();
      await expect(page.getByText(sent.reference)).toBeVisible();
      await expect(page.getByText('Oakfield Primary School')).toBeVisible();
      await expect(page.getByText(description)).toHaveCount(0);
      await expect(page.getByText(sent.receipt)).toHaveCount(0);
      if (javaScript) await expectAccessible(page);
      const plain = await pdfTextAt(page, await pdfHref(page));
      expect(plain).toContain(sent.reference);
      expect(plain).not.toContain('school trip');
      expect(plain).not.toContain(sent.receipt);

      // The parent asks for the code on it: on the page and in the PDF, still without the description.
      await page.getByLabel('Put my secret code on it').check();
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByText(sent.receipt)).toBeVisible();
      if (javaScript) await expectAccessible(page);
      const withCode = await pdfTextAt(page, await pdfHref(page));
      expect(withCode).toContain(sent.receipt);
      expect(withCode).not.toContain('school trip');

      // Later, from the follow-up page after checking with reference and code: never the code.
      await page.goto('/check');
      await page.getByLabel('Reference').fill(sent.reference);
      await page.getByLabel('Secret code').fill(sent.receipt);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('link', { name: 'Print or save proof that you sent a report' }).click();
      await expect(page.getByRole('heading', { name: 'Proof you sent a report' })).toBeVisible();
      await expect(page.getByText(sent.receipt)).toHaveCount(0);
      if (javaScript) await expectAccessible(page);
      const later = await pdfTextAt(page, await pdfHref(page));
      expect(later).toContain(sent.reference);
      expect(later).not.toContain('school trip');
      expect(later).not.toContain(sent.receipt);
    });
  });
}
