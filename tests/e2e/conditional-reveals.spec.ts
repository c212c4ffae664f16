// Issue 22: "something else" answers have their text box, and the contact fields belong to "they can
// contact me". With JavaScript each box shows under its choice (GOV.UK conditional reveal); without it,
// every box is shown and the server ignores what does not apply.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';

for (const javaScriptEnabled of [true, false]) {
  test(`about you and what happened reveal their boxes (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    // axe runs as a script in the page: it can only scan with JavaScript on (as staff-sign-in.spec.ts).
    const scan = javaScriptEnabled ? expectAccessible : async () => {};
    await page.goto('/report/about-you');
    const name = page.getByLabel('Your name');
    const relationshipOther = page.getByLabel('Tell us how you know the child');
    if (javaScriptEnabled) {
      await expect(name).toBeHidden();
      await page.getByLabel('Yes, they can contact me').check();
      await expect(name).toBeVisible();
      await page.getByLabel('No, I want to stay anonymous').check();
      await expect(name).toBeHidden();
      await expect(relationshipOther).toBeHidden();
      await page.getByLabel('Something else', { exact: true }).check();
      await expect(relationshipOther).toBeVisible();
      await scan(page);
      await page.getByLabel('I am their parent or carer').check();
    } else {
      await expect(name).toBeVisible();
      await expect(relationshipOther).toBeVisible();
      await scan(page);
      // Details typed and then "stay anonymous" chosen are ignored, not refused.
      await page.getByLabel('Email address').fill('not an email');
      await page.getByLabel('I am their parent or carer').check();
      await page.getByLabel('No, I want to stay anonymous').check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
    await expect(page).not.toHaveURL(/about-you/);

    await page.goto('/report/what-happened');
    const harmOther = page.getByLabel('Tell us what else happened');
    if (javaScriptEnabled) {
      await expect(harmOther).toBeHidden();
      await page.getByLabel('Something else', { exact: true }).check();
      await expect(harmOther).toBeVisible();
    } else {
      await expect(harmOther).toBeVisible();
      await page.getByLabel('Something else', { exact: true }).check();
    }
    await scan(page);
    await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('Today').check();
    await page
      .getByRole('group', { name: 'Is it still happening?' })
      .getByLabel('No', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Does the child know you are telling us?' })
      .getByLabel('Yes')
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#harmOther-error')).toContainText('Enter what else happened');
    await scan(page);
    await context.close();
  });
}
