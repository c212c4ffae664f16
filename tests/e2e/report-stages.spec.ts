// The parent's view of what happened to their report: the stages with their dates, and the partnership's
// closing message the case team chose. Nothing the team wrote reaches the parent.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

async function checkReport(page: Page, sent: { reference: string; receipt: string }) {
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
}

function stage(page: Page, label: string) {
  return page.locator('.govuk-summary-list__row', { hasText: label }).locator('.govuk-summary-list__value');
}

test('the parent sees the stages move on as the school acts, then the closing message', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const sent = await reportAConcern(page);
  await checkReport(page, sent);
  await expect(stage(page, 'We received your report')).not.toHaveText('Not yet');
  await expect(stage(page, 'The safeguarding team read it')).toHaveText('Not yet');
  await expectAccessible(page);

  const staff = await browser.newContext({ baseURL });
  await signInAs(staff, 'dsl.oakfield@northshire.example', baseURL as string);
  const dsl = await staff.newPage();
  // Through the app's own links, as a DSL works: that is what marks the report read.
  await dsl.goto('/cases');
  await dsl.getByRole('link', { name: sent.reference }).click();
  await dsl.getByRole('link', { name: 'Change the status' }).click();
  const form = dsl.getByTestId('change-status');
  await form.getByLabel('Closed', { exact: true }).check();
  await form.getByLabel('Outcome').fill('Spoke to the class teacher about the group chat');
  await form.getByLabel('Reason', { exact: true }).fill('The school has dealt with it');
  await form.getByLabel('Dealt with by the school').check();
  await expectAccessible(dsl);
  await form.getByRole('button', { name: 'Change status' }).click();
  await expect(dsl.getByText(/closing message "Dealt with by the school"/)).toBeVisible();
  await staff.close();

  await page.reload();
  await expect(stage(page, 'The safeguarding team read it')).not.toHaveText('Not yet');
  await expect(stage(page, 'The team is acting on it')).toHaveText('Not needed');
  await expect(stage(page, 'The team has finished')).not.toHaveText('Not yet');
  await expect(page.getByText('The school has looked into this and done what was needed.')).toBeVisible();
  await expect(page.getByText(/class teacher/)).toHaveCount(0);
  await expectAccessible(page);
});
