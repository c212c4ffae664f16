// Issue 17: a child with two cases moves from Oakfield to Millbrook Academy. Oakfield's DSL transfers the
// child's whole file from the child's page; Millbrook's DSL sees one item ("Child file: 2 cases"), opens
// it and accepts it; Millbrook's new child record shows both cases, and Oakfield's child page keeps the
// transfer lines. Two fresh reports of this spec's own, so no other spec's cases move.
import { expect, test } from '@playwright/test';
import { query } from './case-data';
import { expectAccessible } from './fixtures';
import { sendFreshReport } from './report-journey';
import { signInAs } from './sign-in';

test.describe.configure({ timeout: 120_000 });

test('a DSL transfers a child’s whole file; the new school accepts it as one and gets one child record', async ({
  browser,
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, 'dsl.oakfield@northshire.example', baseURL as string);
  const [first, second] = [await sendFreshReport(browser), await sendFreshReport(browser)];
  const name = `E2E move ${Date.now().toString(36)}`;

  // Both cases on one child record of Oakfield's.
  await page.goto(`/cases/${first}?action=child`);
  await page.getByText('Make a new child record for this case').click();
  await page.getByLabel('First name or initials').fill(name);
  await page.getByLabel('Year group').fill('Year 5');
  await page.getByLabel('Why are you making a record for this child?').fill('Our pupil');
  await page.getByRole('button', { name: 'Make the record and link the case' }).click();
  await expect(page.getByRole('region', { name: 'The child' })).toContainText(`linked to ${name}`);
  await page.goto(`/cases/${second}?action=child`);
  await page.getByText('Link it to another child at this school').click();
  await page.getByLabel('Child', { exact: true }).selectOption({ label: `${name}, Year 5` });
  await page.locator('#link-other-child').getByLabel('Why do you think it is this child?').fill('Same pupil');
  await page.locator('#link-other-child').getByRole('button', { name: 'Link to this child' }).click();
  await expect(page.getByRole('region', { name: 'The child' })).toContainText(`linked to ${name}`);
  const [child] = await query<{ id: string }>(
    `SELECT "childRecordId" AS id FROM "Concern" WHERE reference = $1`,
    [second],
  );

  // From the child's page: the whole file, to Millbrook.
  await page.goto(`/children/${child!.id}`);
  await page.getByRole('link', { name: 'Transfer this child’s file' }).click();
  await expect(page.getByRole('heading', { name: 'Transfer this child’s file' })).toBeVisible();
  await expect(page.getByTestId('child-file-cases')).toContainText(first);
  await expect(page.getByTestId('child-file-cases')).toContainText(second);
  await page.getByRole('searchbox', { name: 'Find the new school' }).fill('millbrook');
  await page.getByRole('button', { name: 'Search' }).click();
  await expectAccessible(page);
  const form = page.getByTestId('transfer');
  const now = new Date();
  await form.getByLabel('Millbrook Academy').check();
  await form
    .getByLabel('Date the child starts (or started) at the new school')
    .fill(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`);
  await form.getByRole('button', { name: 'Send the whole file' }).click();
  await expect(page).toHaveURL(/\/transfers(#outgoing)?$/, { timeout: 15_000 });
  await expect(page.locator('tr', { hasText: first })).toContainText('Child file: 2 cases');
  await expectAccessible(page);

  // Millbrook's DSL: one item, opened, both cases listed, accepted as one.
  const millbrook = await browser.newContext();
  await signInAs(millbrook, 'dsl.millbrook@northshire.example', baseURL as string);
  const receiver = await millbrook.newPage();
  await receiver.goto('/transfers');
  const item = receiver.locator('tr', { hasText: `Child file: 2 cases (${first}` });
  await expect(item).toHaveCount(1);
  await expect(receiver.locator('tr', { hasText: second })).toHaveCount(0);
  await item.getByRole('link').click();
  await expect(receiver.getByRole('heading', { name: 'Child file: 2 cases' })).toBeVisible();
  await expect(receiver.getByTestId('child-file-cases')).toContainText(second);
  await expectAccessible(receiver);
  await receiver.getByTestId('accept').getByRole('button', { name: 'Accept the file' }).click();
  await expect(receiver).toHaveURL(/\/children\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(receiver.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(receiver.locator('main')).toContainText(first);
  await expect(receiver.locator('main')).toContainText(second);
  expect(receiver.url()).not.toContain(child!.id);
  await expectAccessible(receiver);
  await millbrook.close();

  // Oakfield keeps the transfer lines on its child page, and the cases are "not found" to it.
  await page.goto(`/children/${child!.id}`);
  const lines = page.getByRole('table', { name: 'File transfers' });
  await expect(lines.locator('tr', { hasText: first })).toContainText('Accepted by');
  await expect(lines.locator('tr', { hasText: second })).toContainText('To Millbrook Academy');
  expect((await context.request.get(`/cases/${first}`)).status()).toBe(404);
});
