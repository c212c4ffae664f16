// "Report it to the platform too", followed through: the journey asks (optional) whether the parent already
// reported it to the app or website, the follow-up page asks what the app did, and the case team reads both.
// Without JavaScript, as on a locked-down phone: every answer is a plain form POST.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

async function checkReport(page: Page, sent: { reference: string; receipt: string }) {
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();
}

const responseGroup = (page: Page) =>
  page.getByRole('group', { name: 'What happened when you reported it to Snapchat?' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the parent says they have not reported it yet, then later what Snapchat did; the DSL reads both', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const sent = await reportAConcern(page, { javaScript: false, reportedToPlatform: 'Not yet' });

    await checkReport(page, sent);
    await responseGroup(page).getByLabel('They have not replied').check();
    await page.getByRole('button', { name: 'Save what happened' }).click();
    await expect(page.getByText('Thank you. We have saved your answer.')).toBeVisible();
    // The answer can change later. GOV.UK's double-click guard ignores a second press within a second:
    // load the page again before pressing again.
    await page.reload();
    await expect(responseGroup(page).getByLabel('They have not replied')).toBeChecked();
    await expect(responseGroup(page).getByText(/You told us on \d+ \w+ \d{4}\./)).toBeVisible();
    await responseGroup(page).getByLabel('They took it down').check();
    await page.getByRole('button', { name: 'Save what happened' }).click();
    await expect(page.getByText('Thank you. We have saved your answer.')).toBeVisible();

    const staff = await browser.newContext({ baseURL });
    await signInAs(staff, 'dsl.oakfield@northshire.example', baseURL as string);
    const dsl = await staff.newPage();
    await dsl.goto('/cases');
    await dsl.getByRole('link', { name: sent.reference }).click();
    const row = (label: string) =>
      dsl.locator('.govuk-summary-list__row', { hasText: label }).locator('.govuk-summary-list__value');
    await expect(row('Parent reported it to the platform')).toHaveText('Not yet');
    await expect(row('What the platform did (from the parent)')).toHaveText(
      /^Snapchat: removed \(\d+ \w+ \d{4}\)$/,
    );
    await expect(
      dsl.getByText('The reporter said what happened when they reported it to Snapchat: removed.'),
    ).toBeVisible();
    await staff.close();
  });
});

test('the question and the follow-up answer pass axe, and an empty save asks for an answer', async ({
  page,
}) => {
  test.slow();
  const sent = await reportAConcern(page, { reportedToPlatform: 'Yes', scan: true });
  await checkReport(page, sent);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText('Select what happened on at least one app or website').first()).toBeVisible();
});
