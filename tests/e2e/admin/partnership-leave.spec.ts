// A partnership leaving with its data (issue 16), on a partnership of this spec's own (the demo's are
// shared by every spec): its administrator downloads the bundle (unzipped here) and asks to leave; the
// service operator confirms; the worker deletes it. Who else reaches these pages is the access matrix's.
import { randomBytes, randomUUID } from 'node:crypto';
import { test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { BUNDLE_FORMAT_VERSION } from '../../../lib/partnership-export/bundle-format';
import { encryptForTable } from '../e2e-crypto';
import { expectAccessible } from '../fixtures';
import { signInAs } from '../sign-in';
import { query } from './e2e-db';
import { expect, type } from './slow-forms';

const OPERATOR = 'operator@service.example';

/** A partnership with one school, one administrator and one concern, made for this run. */
async function leavingPartnership() {
  const key = randomBytes(4).toString('hex');
  const name = `Leaving Partnership ${key}`;
  const [partnership] = await query<{ id: string }>(
    `INSERT INTO "Partnership" (id, slug, name) VALUES (gen_random_uuid(), $1, $2) RETURNING id`,
    [`leaving-${key}`, name],
  );
  const partnershipId = partnership!.id;
  const [school] = await query<{ id: string }>(
    `INSERT INTO "School" (id, "partnershipId", urn, name, phase, "localAuthority", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'PRIMARY', 'Leavingshire', now()) RETURNING id`,
    [partnershipId, 900000 + Math.floor(Math.random() * 99999), `Leaving School ${key}`],
  );
  const email = `admin.${key}@leaving.example`;
  const [admin] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Lee Leaving', now())
     RETURNING id`,
    [email],
  );
  await query(
    `INSERT INTO "Membership" (id, "userId", "partnershipId", role) VALUES (gen_random_uuid(), $1, $2, 'ADMIN')`,
    [admin!.id, partnershipId],
  );
  const concernId = randomUUID();
  const reference = `LV${key.slice(0, 2).toUpperCase()}-${key.slice(2, 6).toUpperCase()}`;
  const words = `Leaving spec words ${key}`;
  await query(
    `INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, happened,
       "stillHappening", "childKnows", "childAge", description, "reporterRelationship")
     VALUES ($1, $2, 'not-a-real-hash', $3, $4, 'SCHOOL', 'THIS_WEEK', 'NOT_SURE', 'YES', 9, $5, 'PARENT_OR_CARER')`,
    [
      concernId,
      reference,
      partnershipId,
      school!.id,
      await encryptForTable('Concern', 'description', concernId, words, { partnershipId }),
    ],
  );
  return { partnershipId, name, email, reference, words };
}

test('an administrator downloads everything and asks to leave; the operator confirms; it is deleted', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  test.setTimeout(300_000);
  const leaving = await leavingPartnership();

  const adminContext = await browser.newContext();
  await signInAs(adminContext, leaving.email, baseURL as string);
  const page = await adminContext.newPage();
  await page.goto('/admin/leave');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leave the service');
  await expectAccessible(page);

  // The bundle: a zip with the manifest, the concern decrypted and its PDF.
  // Its data keys were made just now by this spec, as another process makes a new partnership's: the
  // running app learns them when it first meets a value sealed under one (that read fails, and its keys
  // are read again: lib/encryption/prisma-extension.ts), so the first download may stop short.
  let body: Buffer = Buffer.alloc(0);
  await expect(async () => {
    const download = await page.request.get('/admin/leave/export');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/zip');
    body = await download.body();
  }).toPass({ timeout: 30_000 });
  const files = unzipSync(new Uint8Array(body));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  expect(manifest).toMatchObject({
    formatVersion: BUNDLE_FORMAT_VERSION,
    partnership: { id: leaving.partnershipId, name: leaving.name },
    counts: { 'concerns.json': 1, 'schools.json': 1, 'staff.json': 1, cases: 1 },
  });
  const concerns = JSON.parse(strFromU8(files['concerns.json']!));
  expect(concerns.map((c: { description: string }) => c.description)).toEqual([leaving.words]);
  expect(strFromU8(files[`cases/${leaving.reference}.pdf`]!.slice(0, 5))).toBe('%PDF-');
  const exported = await query(
    `SELECT 1 FROM "AuditEntry" WHERE action = 'partnership.export.complete' AND "partnershipId" = $1`,
    [leaving.partnershipId],
  );
  expect(exported).toHaveLength(1);

  // Asking: the name must be typed as it is.
  await type(page, 'Type the partnership’s name to confirm', 'Another Partnership');
  await type(page, 'Why is the partnership leaving?', 'Moving to another service.');
  await page.getByRole('button', { name: 'Ask for the partnership to be deleted' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the partnership’s name exactly');
  await expectAccessible(page);
  await type(page, 'Type the partnership’s name to confirm', leaving.name);
  await page.getByRole('button', { name: 'Ask for the partnership to be deleted' }).click();
  await expect(page.getByText('Your request has been sent')).toBeVisible();
  await expect(page.getByText('Waiting for the service operator to confirm')).toBeVisible();
  await expectAccessible(page);

  // The operator confirms; nothing was deleted before.
  expect(
    await query('SELECT 1 FROM "Concern" WHERE "partnershipId" = $1', [leaving.partnershipId]),
  ).toHaveLength(1);
  const operatorContext = await browser.newContext();
  await signInAs(operatorContext, OPERATOR, baseURL as string);
  const operator = await operatorContext.newPage();
  await operator.goto('/operator/leaving');
  await expect(operator.getByRole('heading', { level: 1 })).toHaveText('Partnerships leaving');
  await expectAccessible(operator);
  await operator
    .getByRole('row')
    .filter({ hasText: leaving.name })
    .getByRole('link', { name: /Confirm or refuse/ })
    .click();
  await expect(operator.getByRole('heading', { level: 1 })).toHaveText(`${leaving.name} asked to leave`);
  await expect(operator.getByText('Moving to another service.')).toBeVisible();
  await expectAccessible(operator);
  await expect(operator.locator('body')).toHaveClass(/govuk-frontend-supported/);
  await operator.getByRole('button', { name: 'Confirm and delete the partnership' }).click();
  await expect(operator.getByText('Confirmed. The partnership’s data is being deleted.')).toBeVisible();

  // The worker deletes it (a task every minute); the record and the audit outlive it.
  await expect
    .poll(
      async () =>
        (
          await query<{ status: string }>(
            `SELECT status FROM "PartnershipDeletion" WHERE "partnershipId" = $1`,
            [leaving.partnershipId],
          )
        )[0]?.status,
      { timeout: 180_000, intervals: [2_000] },
    )
    .toBe('DONE');
  expect(await query('SELECT 1 FROM "Partnership" WHERE id = $1', [leaving.partnershipId])).toHaveLength(0);
  expect(await query('SELECT 1 FROM "Concern" WHERE reference = $1', [leaving.reference])).toHaveLength(0);
  const [account] = await query<{ active: boolean }>('SELECT active FROM "StaffUser" WHERE email = $1', [
    leaving.email,
  ]);
  expect(account?.active).toBe(false);
  const deleted = await query(
    `SELECT 1 FROM "AuditEntry" WHERE action = 'partnership.deleted' AND detail->>'partnershipId' = $1`,
    [leaving.partnershipId],
  );
  expect(deleted).toHaveLength(1);
  await operator.goto('/operator/leaving');
  await expect(operator.getByRole('row').filter({ hasText: leaving.name })).toContainText('Deleted');
  await adminContext.close();
  await operatorContext.close();
});
