// Issue 17: a child moves from Oakfield to Millbrook Academy. Oakfield's DSL sends the child protection
// file; Millbrook's DSL is emailed (read from the mail catcher), opens the transfer, reads the case (read
// only) and accepts it; Oakfield keeps the record line and gets "not found" for the case.
// A fresh report of this spec's own, so no other spec's cases move.
import { expect, test } from '@playwright/test';
import { caughtMailTo } from './caught-mail';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const NOTE = 'Her new class teacher knows; please call me about the referral.';

test('a DSL sends a child protection file, the new school is emailed, reads it and accepts it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const sent = await reportAConcern(page, {
    description: 'An older boy keeps asking my daughter for photos.',
  });

  const oakfield = await browser.newContext();
  await signInAs(oakfield, 'dsl.oakfield@northshire.example', baseURL as string);
  const sender = await oakfield.newPage();
  await sender.goto(`/cases/${sent.reference}`);
  await sender.getByRole('link', { name: 'Child moving school? Transfer the file' }).click();
  await expect(sender.getByRole('heading', { name: 'Transfer the child protection file' })).toBeVisible();
  await sender.getByRole('searchbox', { name: 'Find the new school' }).fill('millbrook');
  await sender.getByRole('button', { name: 'Search' }).click();
  await expectAccessible(sender);
  const form = sender.getByTestId('transfer');
  // Nothing chosen: the GOV.UK error summary, and nothing is sent.
  await form.getByRole('button', { name: 'Send the file' }).click();
  await expect(sender.locator('.govuk-error-summary')).toContainText('Select the school from the list');
  await expect(sender.locator('.govuk-error-summary')).toContainText(
    'Enter the date the child starts at the new school',
  );
  // A fresh page for the real answer (GOV.UK's button ignores a second click within a second).
  await sender.reload();
  const now = new Date();
  await form.getByLabel('Millbrook Academy').check();
  await form
    .getByLabel('Date the child starts (or started) at the new school')
    .fill(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`);
  await form.getByLabel('Note for the new school (optional)').fill(NOTE);
  await form.getByRole('button', { name: 'Send the file' }).click();

  // The sender's list: waiting, with the due date; the case is still theirs.
  await expect(sender).toHaveURL(/\/transfers(#outgoing)?$/, { timeout: 15_000 });
  const line = sender.locator('tr', { hasText: sent.reference });
  await expect(line).toContainText('Millbrook Academy');
  await expect(line).toContainText('Waiting: due');
  await expectAccessible(sender);
  expect((await oakfield.request.get(`/cases/${sent.reference}`)).status()).toBe(200);

  // Millbrook's DSL is emailed a link, with the reference and nothing of the case.
  const mail = await caughtMailTo(
    'dsl.millbrook@northshire.example',
    new RegExp(`child protection file .*\\(reference ${sent.reference}\\)`),
  );
  expect(mail.text).not.toContain('photos');
  expect(mail.text).not.toContain(NOTE);
  const path = new URL(/https?:\/\/\S+\/transfers\/[0-9a-f-]{36}/.exec(mail.text)![0]).pathname;

  const millbrook = await browser.newContext();
  await signInAs(millbrook, 'dsl.millbrook@northshire.example', baseURL as string);
  const receiver = await millbrook.newPage();
  await receiver.goto(path);
  await expect(receiver.getByRole('heading', { name: sent.reference })).toBeVisible();
  await expect(receiver.locator('main')).toContainText(NOTE);
  await expectAccessible(receiver);
  // Read the case first: read only, and no way to change it.
  await receiver.getByRole('link', { name: 'Read the case' }).click();
  await expect(receiver.getByText('Child protection file sent to your school')).toBeVisible();
  await expect(receiver.locator('main')).toContainText('photos');
  await expect(receiver.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expectAccessible(receiver);
  await receiver.getByRole('link', { name: 'Back to the transfer' }).click();
  await receiver.getByTestId('accept').getByRole('button', { name: 'Accept the file' }).click();
  // Accepted: the case is Millbrook's now.
  await expect(receiver).toHaveURL(new RegExp(`/cases/${sent.reference}$`), { timeout: 15_000 });
  await expect(receiver.locator('.app-chronology')).toContainText(
    'Child protection file accepted by Millbrook Academy.',
  );
  await millbrook.close();

  // Oakfield keeps the record line (who received it) and nothing else: the case is "not found".
  await sender.goto('/transfers');
  await expect(sender.locator('tr', { hasText: sent.reference })).toContainText('Accepted by');
  await sender.locator('tr', { hasText: sent.reference }).getByRole('link').click();
  await expect(sender.getByRole('link', { name: 'Open the case' })).toHaveCount(0);
  await expect(sender.locator('main')).not.toContainText('photos');
  expect((await oakfield.request.get(`/cases/${sent.reference}`)).status()).toBe(404);
  expect((await oakfield.request.get(`/cases/${sent.reference}/transfer`)).status()).toBe(404);
  await oakfield.close();

  // Another partnership's DSL: the transfer and the case are "not found".
  const southvale = await browser.newContext();
  await signInAs(southvale, 'dsl.thornbury-high@southvale.example', baseURL as string);
  expect((await southvale.request.get(path)).status()).toBe(404);
  expect((await southvale.request.get(`/cases/${sent.reference}`)).status()).toBe(404);
  await southvale.close();
});
