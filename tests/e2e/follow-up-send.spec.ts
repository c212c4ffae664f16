// The follow-up message box with JavaScript: after "Your message has been sent" the box is empty, and a
// double press stores one message (the form's one-time key).
import { expect, test } from '@playwright/test';
import { reportAConcern } from './report-journey';

test('a sent message leaves the box empty, and a double press stores it once', async ({ page }) => {
  test.slow();
  const sent = await reportAConcern(page);
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();

  const box = page.getByLabel('Send a message to the safeguarding team');
  await box.fill('A second account has now contacted her.');
  await page.getByRole('button', { name: 'Send message' }).dblclick();
  await expect(page.getByText('Your message has been sent to the safeguarding team.')).toBeVisible();
  await expect(box).toHaveValue('');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('A second account has now contacted her.')).toHaveCount(1);

  // The next message, with a new key, is stored too.
  await box.fill('She has blocked it.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(box).toHaveValue('');
  await expect(page.getByText('She has blocked it.')).toHaveCount(1);
});
