// Retention as administrators use it: the policy with its preview and confirmation, legal holds, and the
// pages' boundaries. Values are chosen so nothing in the demo data becomes due (the app's worker may run
// retention while these tests run at night).
import { test, type BrowserContext } from '@playwright/test';
import { expectAccessible } from '../fixtures';
import { signInAs } from '../sign-in';
import { query } from './e2e-db';
import { expect, type } from './slow-forms';

const ADMIN = 'admin@northshire.example';

test.describe.configure({ mode: 'serial' });

test('an administrator sees what a policy change would do before it is saved', async ({
  context,
  page,
  baseURL,
}) => {
  test.slow();
  await signInAs(context, ADMIN, baseURL as string);
  await page.goto('/admin/retention');
  await expect(page.getByRole('heading', { name: 'Retention', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Change the retention policy' }).click();
  await type(page, 'Keep closed concerns until the child would be', 'eleven');
  await type(page, 'Keep the audit trail for', '99');
  await page.getByRole('button', { name: 'Check what this would do' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Enter the age as a whole number, like 25');
  await expect(summary).toContainText('The years to keep the audit trail must be between 1 and 20');
  await expect(page.getByLabel('Keep the audit trail for')).toHaveValue('99');
  await expectAccessible(page);

  await type(page, 'Keep closed concerns until the child would be', '26');
  await type(page, 'When the child’s age is not known, keep closed concerns for', '8');
  await type(page, 'Keep the audit trail for', '8');
  await page.getByRole('button', { name: 'Check what this would do' }).click();
  const preview = page.locator('#policy-change-preview');
  await expect(preview).toContainText('0 concerns would be deleted immediately');
  await expect(preview).toContainText('applies to concerns already held');
  expect(await query(`SELECT 1 FROM "RetentionPolicy"`)).toHaveLength(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Confirm and save the policy' }).click();
  await expect(page.getByText('The retention policy has been saved')).toBeVisible();
  await expect(page.getByText('Until the child would be 26')).toBeVisible();
  const [saved] = await query<{ keepUntilChildAge: number }>(
    `SELECT "keepUntilChildAge" FROM "RetentionPolicy"`,
  );
  expect(saved?.keepUntilChildAge).toBe(26);
  expect(await query(`SELECT 1 FROM "AuditEntry" WHERE action = 'retention.policy.update'`)).toHaveLength(1);
  await query(`DELETE FROM "RetentionPolicy"`);
});

test('an administrator places and lifts a legal hold by reference', async ({ context, page, baseURL }) => {
  test.slow();
  await signInAs(context, ADMIN, baseURL as string);
  const [oldest] = await query<{ reference: string }>(
    `SELECT c.reference FROM "Concern" c JOIN "Partnership" p ON p.id = c."partnershipId"
     WHERE p.slug = 'northshire' AND NOT c."legalHold" ORDER BY c."submittedAt" ASC LIMIT 1`,
  );
  await page.goto('/admin/retention/legal-hold');
  await page.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the concern’s reference');
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter why the concern must be kept');
  await expectAccessible(page);
  await type(page, 'Concern reference', 'ZZZZ-ZZZZ');
  await type(page, 'Why must it be kept?', 'Police request 4471');
  await page.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('No concern with that reference');
  await type(page, 'Concern reference', oldest!.reference.toLowerCase());
  await page.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.getByText('The legal hold has been placed')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Police request 4471' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: `Lift the hold on ${oldest!.reference}` }).click();
  await expect(page.getByLabel('Concern reference')).toHaveValue(oldest!.reference);
  await type(page, 'Why can the hold end?', 'Police no longer need it');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lift the hold' }).click();
  await expect(page.getByText('The legal hold has been lifted')).toBeVisible();
  const audit = await query<{ action: string }>(
    `SELECT a.action FROM "AuditEntry" a JOIN "Concern" c ON c.id = a."concernId"
     WHERE c.reference = $1 AND a.action LIKE 'concern.legal-hold.%' ORDER BY a.id`,
    [oldest!.reference],
  );
  expect(audit.map((a) => a.action)).toEqual(['concern.legal-hold.set', 'concern.legal-hold.clear']);
});

/** The form's hidden fields name the server action, as a browser without JavaScript would post them. */
async function actionFields(context: BrowserContext, email: string, baseURL: string, path: string) {
  await signInAs(context, email, baseURL);
  const page = await context.newPage();
  await page.goto(path);
  const fields = await page
    .locator('form input[type=hidden]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value]));
  await page.close();
  return Object.fromEntries(fields) as Record<string, string>;
}

for (const email of [
  'dsl.oakfield@northshire.example',
  'dpo@northshire.example',
  'trends@northshire.example',
]) {
  test(`${email} posting a legal hold directly gets "not found" and nothing is held`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const admin = await browser.newContext();
    const fields = await actionFields(admin, ADMIN, baseURL as string, '/admin/retention/legal-hold');
    await admin.close();
    const [concern] = await query<{ reference: string }>(
      `SELECT c.reference FROM "Concern" c JOIN "Partnership" p ON p.id = c."partnershipId"
       WHERE p.slug = 'northshire' AND NOT c."legalHold" ORDER BY c."submittedAt" DESC LIMIT 1`,
    );
    const other = await browser.newContext();
    await signInAs(other, email, baseURL as string);
    const response = await other.request.post(`${baseURL}/admin/retention/legal-hold`, {
      headers: { origin: new URL(baseURL as string).origin },
      multipart: { ...fields, reference: concern!.reference, reason: 'Crossing the boundary' },
    });
    expect(response.status()).toBe(404);
    expect(
      await query(`SELECT 1 FROM "Concern" WHERE reference = $1 AND "legalHold"`, [concern!.reference]),
    ).toHaveLength(0);
    await other.close();
  });
}
