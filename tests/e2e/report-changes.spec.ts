// "Change" on "Check your answers" takes the parent to that question and straight back, unless the new
// answer needs more from them first. The same with and without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { answerEveryQuestion, schoolSearchBox } from './report-journey';

const CHECK = 'Check your answers before sending';

function summaryValue(page: Page, key: string) {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');
}

async function backAtCheck(page: Page) {
  await expect(page.getByRole('heading', { name: CHECK })).toBeVisible();
}

async function changeAnswers(page: Page, javaScript: boolean) {
  await answerEveryQuestion(page, { javaScript });

  await page.getByRole('link', { name: 'Change what happened, in your words' }).click();
  await page.getByLabel('Tell us what happened').fill('A stranger asked for a photo, twice.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await backAtCheck(page);
  await expect(summaryValue(page, 'What happened, in your words')).toHaveText(
    'A stranger asked for a photo, twice.',
  );

  // Back, too, leads to "Check your answers" once everything is answered, and changes nothing.
  await page.getByRole('link', { name: 'Change where it happened' }).click();
  // On the platforms page before pressing Back: "Check your answers" has a Back link of its own, and a
  // click that landed there while the page was still changing went to "About you" (a flake under load).
  await expect(page).toHaveURL(/\/report\/platforms(\?|$)/);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(/\/report\/check(\?|$)/);
  await backAtCheck(page);

  await page.getByRole('link', { name: 'Change age or school year' }).click();
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute(
    'href',
    '/report/check',
  );
  await page.getByLabel('How old are they?').fill('10');
  await page.getByRole('button', { name: 'Continue' }).click();
  await backAtCheck(page);
  await expect(summaryValue(page, 'Age or school year')).toHaveText('10 years old');

  // Asking to be contacted needs contact details before going back.
  await page.getByRole('link', { name: 'Change contact' }).click();
  await page.getByLabel('Yes, they can contact me').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter your name');
  await page.getByLabel('Your name').fill('Alex Parent');
  await page.getByLabel('Email address').fill('alex.parent@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await backAtCheck(page);
  await expect(summaryValue(page, 'Your name')).toHaveText('Alex Parent');

  // "Yes, in danger now" still shows the 999 advice first.
  await page.getByRole('link', { name: 'Change child in danger right now' }).click();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Call 999 now' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue with an urgent report' }).click();
  await backAtCheck(page);
  await expect(summaryValue(page, 'Child in danger right now')).toHaveText('Yes (urgent)');

  // A new school is searched for, chosen, and then it is back to checking.
  await page.getByRole('link', { name: 'Change school' }).click();
  await (await schoolSearchBox(page, javaScript)).fill('Millbrook Academy');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Millbrook Academy').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await backAtCheck(page);
  await expect(summaryValue(page, 'School')).toHaveText('Millbrook Academy');
}

test('with JavaScript, a changed answer comes back to "Check your answers"', async ({ page }) => {
  test.slow();
  await changeAnswers(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a changed answer comes back to "Check your answers"', async ({ page }) => {
    test.slow();
    await changeAnswers(page, false);
  });
});
