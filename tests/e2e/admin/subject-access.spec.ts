// The data protection officer's subject access export, and that nobody else reaches it.
import { test } from '@playwright/test';
import { expectAccessible } from '../fixtures';
import { signInAs } from '../sign-in';
import { query } from './e2e-db';
import { expect, type } from './slow-forms';

const DPO = 'dpo@northshire.example';

async function aConcern(offset = 0) {
  const [row] = await query<{ id: string; reference: string }>(
    `SELECT c.id, c.reference FROM "Concern" c JOIN "Partnership" p ON p.id = c."partnershipId"
     WHERE p.slug = 'northshire' AND EXISTS (SELECT 1 FROM "Message" m WHERE m."concernId" = c.id)
     ORDER BY c."submittedAt" DESC, c.id LIMIT 1 OFFSET $1`,
    [offset],
  );
  return row!;
}

test('the DPO finds a concern by reference and downloads everything held, and the export is logged', async ({
  context,
  page,
  baseURL,
}) => {
  test.slow();
  const concern = await aConcern();
  await signInAs(context, DPO, baseURL as string);
  await page.goto('/admin/subject-access');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Find the concern' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the concern’s reference');
  await type(page, 'Concern reference', 'ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Find the concern' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('No concern with that reference');
  await expect(page.getByLabel('Concern reference')).toHaveValue('ZZZZ-ZZZZ');
  await expectAccessible(page);
  await type(page, 'Concern reference', concern.reference);
  await page.getByRole('button', { name: 'Find the concern' }).click();
  await expect(page.getByRole('heading', { name: `Concern ${concern.reference}` })).toBeVisible();
  await expectAccessible(page);

  const json = await page.request.get(`/admin/subject-access/${concern.reference}/json`);
  expect(json.status()).toBe(200);
  expect(json.headers()['content-disposition']).toContain(`subject-access-${concern.reference}.json`);
  const data = await json.json();
  expect(data.concern.reference).toBe(concern.reference);
  expect(data.messages.length).toBeGreaterThan(0);
  expect(data.chronology.length).toBeGreaterThan(0);
  expect(data.accessLog.at(-1).action).toBe('concern.subject-access.export');
  const text = await page.request.get(`/admin/subject-access/${concern.reference}/text`);
  expect(text.status()).toBe(200);
  expect(await text.text()).toContain(`Subject access export for concern ${concern.reference}`);
  const logged = await query(
    `SELECT 1 FROM "AuditEntry" WHERE action = 'concern.subject-access.export' AND "concernId" = $1`,
    [concern.id],
  );
  expect(logged).toHaveLength(2);
});

for (const email of [
  'admin@northshire.example',
  'dsl.oakfield@northshire.example',
  'trends@northshire.example',
  'frontdoor@northshire.example',
]) {
  test(`${email} gets "not found" for subject access, by link and by direct request`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const concern = await aConcern(1);
    const dpo = await browser.newContext();
    await signInAs(dpo, DPO, baseURL as string);
    const dpoPage = await dpo.newPage();
    await dpoPage.goto('/admin/subject-access');
    const fields = Object.fromEntries(
      await dpoPage
        .locator('form input[type=hidden]')
        .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value])),
    );
    await dpo.close();
    // Any export written by this person, of any concern: there must be none.
    const exportsBy = `SELECT 1 FROM "AuditEntry" a JOIN "StaffUser" u ON u.id = a."actorId"
      WHERE a.action = 'concern.subject-access.export' AND u.email = $1`;

    const other = await browser.newContext();
    await signInAs(other, email, baseURL as string);
    for (const path of [
      '/admin/subject-access',
      `/admin/subject-access/${concern.reference}`,
      `/admin/subject-access/${concern.reference}/json`,
      `/admin/subject-access/${concern.reference}/text`,
    ]) {
      expect((await other.request.get(`${baseURL}${path}`)).status(), path).toBe(404);
    }
    const posted = await other.request.post(`${baseURL}/admin/subject-access`, {
      headers: { origin: new URL(baseURL as string).origin },
      multipart: { ...fields, reference: concern.reference },
    });
    expect(posted.status()).toBe(404);
    expect(await query(exportsBy, [email])).toHaveLength(0);
    await other.close();
  });
}
