// Issue 17: a parent picks the wrong school (Oakfield); Oakfield's DSL passes the report on to Millbrook
// Academy; Oakfield then gets "not found" for it and keeps one line in its list; Millbrook's DSL opens it
// and replies; the parent's follow-up says it was passed on, names no school, and shows the reply.
// A fresh report of this spec's own, so no other spec's cases move.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const REASON = 'The child left Oakfield last summer and is now at Millbrook Academy.';
const REPLY = 'Thank you. We are looking into this now.';

test('a report sent to the wrong school is passed on, opened by the right team, and the parent sees their reply', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const sent = await reportAConcern(page, { description: 'Someone keeps messaging my son on a game.' });

  // Oakfield's DSL passes it on, searching for the school as a parent would.
  const oakfield = await browser.newContext();
  await signInAs(oakfield, 'dsl.oakfield@northshire.example', baseURL as string);
  const sender = await oakfield.newPage();
  await sender.goto(`/cases/${sent.reference}`);
  await sender.getByRole('link', { name: 'Not for us? Pass this case on' }).click();
  await expect(sender.getByRole('heading', { name: 'Pass this case on' })).toBeVisible();
  await sender.getByRole('searchbox', { name: 'Find the school' }).fill('millbrook');
  await sender.getByRole('button', { name: 'Search' }).click();
  await expectAccessible(sender);
  const form = sender.getByTestId('pass-on');
  // Nothing chosen, no reason: the GOV.UK error summary, and nothing moves.
  await form.getByRole('button', { name: 'Pass this case on' }).click();
  await expect(sender.locator('.govuk-error-summary')).toContainText(
    'Select a school or the front-door team',
  );
  await expect(sender.locator('.govuk-error-summary')).toContainText('Enter why you are passing it on');
  // A fresh page for the real answer: GOV.UK's button ignores a second click within a second
  // (data-prevent-double-click), faster than any person corrects a form but not than a test.
  await sender.reload();
  await form.getByLabel('Millbrook Academy').check();
  await form.getByLabel('Why are you passing it on?').fill(REASON);
  await form.getByRole('button', { name: 'Pass this case on' }).click();

  // The sender is back on the case list with one line, and the case itself is "not found".
  await expect(sender).toHaveURL(/\/cases(#passed-on)?$/, { timeout: 15_000 });
  const line = sender.getByTestId('passed-on').getByText(sent.reference).locator('..');
  await expect(line).toContainText('Passed to Millbrook Academy on');
  await expect(line).toContainText(REASON);
  await expectAccessible(sender);
  expect((await oakfield.request.get(`/cases/${sent.reference}`)).status()).toBe(404);
  expect((await oakfield.request.get(`/cases/${sent.reference}/pass-on`)).status()).toBe(404);
  await oakfield.close();

  // Millbrook's DSL has it, and replies to the parent.
  const millbrook = await browser.newContext();
  await signInAs(millbrook, 'dsl.millbrook@northshire.example', baseURL as string);
  const receiver = await millbrook.newPage();
  await receiver.goto('/cases');
  await receiver.getByRole('link', { name: sent.reference }).click();
  await expect(receiver.locator('.app-chronology')).toContainText('Passed on to Millbrook Academy.');
  await receiver.getByRole('link', { name: 'Send a message to the reporter' }).click();
  const reply = receiver.getByTestId('message-reporter');
  await reply.getByLabel('Message').fill(REPLY);
  await reply.getByRole('button', { name: 'Send message' }).click();
  await expect(reply.getByText('Message sent')).toBeVisible();
  await millbrook.close();

  // Another partnership's DSL: "not found".
  const southvale = await browser.newContext();
  await signInAs(southvale, 'dsl.thornbury-high@southvale.example', baseURL as string);
  expect((await southvale.request.get(`/cases/${sent.reference}`)).status()).toBe(404);
  await southvale.close();

  // The parent: told it was passed on, in plain words, with no school or person named; the reply is there.
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
  const passedOn = page.locator('#passed-on');
  await expect(passedOn).toContainText('We sent your report to the right team to help this child.');
  await expect(passedOn).not.toContainText('Millbrook');
  await expect(page.getByText(REPLY)).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Millbrook');
  await expectAccessible(page);
});
