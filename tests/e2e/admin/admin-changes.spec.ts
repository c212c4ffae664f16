import { expect, test, type Page } from '@playwright/test';
import { caughtMailTo } from '../caught-mail';
import { expectAccessible } from '../fixtures';
import { signInAs } from '../sign-in';
import { query, unique } from './e2e-db';

const ADMIN = 'admin@northshire.example';
const HEADER = 'URN,EstablishmentName,Postcode,Town,PhaseOfEducation (name),LA (name),OpenDate';

async function upload(page: Page, name: string, csv: string | Buffer) {
  await page.goto('/admin/schools/import');
  await page
    .getByLabel('Upload a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
}

test.beforeEach(async ({ context, baseURL }) => {
  await signInAs(context, ADMIN, baseURL as string);
});

test('an administrator imports schools: preview, rejected rows, confirm', async ({ page }) => {
  const urn = String(970000 + Math.floor(Math.random() * 9000));
  const name = `Import Test School ${unique()}`;
  const csv = [
    HEADER,
    `${urn},${name},NS9 1AA,Testbridge,Primary,Northshire,01-09-2001`,
    `12,Short URN,,,Primary,Northshire,`,
    `${Number(urn) + 1},"=HYPERLINK(""http://evil.example"")",,,Primary,Northshire,`,
  ].join('\n');
  await upload(page, 'gias-extract.csv', csv);
  await expect(page.getByRole('heading', { name: 'Check the import before applying it' })).toBeVisible();
  const count = (label: string) => page.locator('.govuk-summary-list__row', { hasText: label });
  await expect(count('New schools')).toContainText('1');
  await expect(count('Rows rejected')).toContainText('2');
  await expect(page.getByRole('cell', { name: 'The URN must be 6 digits' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'A cell looks like a spreadsheet formula' })).toBeVisible();
  await expectAccessible(page);

  const download = await page.request.get(`${new URL(page.url()).pathname}/rejected-rows`);
  expect(await download.text()).not.toMatch(/^=|,=/m);

  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(page.getByText('Import applied: 1 added, 0 updated, 0 deactivated')).toBeVisible();
  const [school] = await query<{ name: string; active: boolean }>(
    `SELECT name, active FROM "School" WHERE urn = $1`,
    [Number(urn)],
  );
  expect(school).toEqual({ name, active: true });
  const audit = await query(
    `SELECT 1 FROM "AuditEntry" WHERE action = 'school.import' AND "subjectId" = $1`,
    [new URL(page.url()).pathname.split('/').pop()],
  );
  expect(audit).toHaveLength(1);
});

test('a file with the wrong columns is refused with a clear message', async ({ page }) => {
  await upload(page, 'wrong.csv', 'Name,Address\nA school,Somewhere\n');
  await expect(page.locator('.govuk-error-summary')).toContainText('It is missing URN, EstablishmentName');
  await expectAccessible(page);
});

test('a file over 10 MB is read whole, and one over the cap is refused with a clear message', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // 1,000 schools with a wide extra column (ignored): 12 MB, beyond the 10 MB Next buffers behind a proxy.
  const padding = 'x'.repeat(12_000);
  const rows = Array.from(
    { length: 1000 },
    (_, i) => `${960000 + i},Wide ${i},,,Primary,Northshire,${padding}`,
  );
  await upload(page, 'wide.csv', [HEADER, ...rows].join('\n'));
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'New schools' })).toContainText('1,000');

  await page.goto('/admin/schools/import');
  const tooBig = Buffer.alloc(33 * 1024 * 1024, 'a');
  await page
    .getByLabel('Upload a CSV file')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: tooBig });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The file must be smaller than 32 MB');
});

test('an administrator invites a DSL; inviting an existing DSL is refused and changes nothing', async ({
  page,
}) => {
  const email = `new.dsl.${unique()}@northshire.example`;
  await page.goto('/admin/staff/invite');
  await page.getByLabel('Full name').fill('Nia Okafor');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Designated safeguarding lead (DSL) at a school').check();
  await page
    .getByLabel('School', { exact: true })
    .selectOption({ label: 'Oakfield Primary School (990001)' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`An invitation has been sent to ${email}`)).toBeVisible();
  const mail = await caughtMailTo(email, /^You have been invited/);
  expect(mail.text).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
  expect(mail.text).toContain('Oakfield Primary School');

  const before = await query(`SELECT id FROM "Invitation"`);
  await page.goto('/admin/staff/invite');
  await page.getByLabel('Full name').fill('Existing DSL');
  await page.getByLabel('Email address').fill('dsl.oakfield@northshire.example');
  await page.getByLabel('Designated safeguarding lead (DSL) at a school').check();
  await page
    .getByLabel('School', { exact: true })
    .selectOption({ label: 'Oakfield Primary School (990001)' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('already has an account with this role');
  await expect(page.getByLabel('Email address')).toHaveValue('dsl.oakfield@northshire.example');
  await expectAccessible(page);
  expect(await query(`SELECT id FROM "Invitation"`)).toHaveLength(before.length);

  await page.goto('/admin/staff');
  await page.getByRole('button', { name: `Cancel invitation to ${email}` }).click();
  await expect(page.getByText('The invitation has been cancelled')).toBeVisible();
});

test('deactivating an account ends its sessions at once', async ({ page, browser, baseURL }) => {
  const email = `leaver.${unique()}@northshire.example`;
  const [user] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Sam Leaver', now()) RETURNING id`,
    [email],
  );
  await query(
    `INSERT INTO "Membership" (id, "userId", "partnershipId", role)
     SELECT gen_random_uuid(), $1, id, 'FRONT_DOOR' FROM "Partnership" WHERE slug = 'northshire'`,
    [user!.id],
  );
  const theirs = await browser.newContext();
  await signInAs(theirs, email, baseURL as string);
  const session = await (await theirs.request.get(`${baseURL}/api/auth/session`)).json();
  expect(session.sid).toBeTruthy();

  await page.goto(`/admin/staff/${user!.id}`);
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByText('The account has been deactivated and signed out everywhere')).toBeVisible();
  const [row] = await query<{ active: boolean; open: string }>(
    `SELECT active, (SELECT count(*) FROM "StaffSession" WHERE "userId" = $1 AND "revokedAt" IS NULL) AS open
     FROM "StaffUser" WHERE id = $1`,
    [user!.id],
  );
  expect(row).toEqual({ active: false, open: '0' });
  await theirs.close();
});

test('an administrator hides a platform from their parents, and cannot change the national list', async ({
  page,
  request,
}) => {
  // A platform of this test's own, so hiding it cannot change what another spec's parents see.
  const slug = `e2e-hidden-${unique()}`.toLowerCase();
  // Named to sort last, so the access matrix's sample platform (the first by name) is never this one.
  const name = `Zz Hidden Chat ${unique()}`;
  await query(
    `INSERT INTO "Platform" (id, slug, name, "sortOrder", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 9999, now())`,
    [slug, name],
  );
  expect((await request.get(`/advice/${slug}`)).status()).toBe(200);
  await page.goto('/admin/platforms');
  await expect(page.getByRole('link', { name: 'Add a platform' })).toHaveCount(0);
  await page.getByRole('button', { name: new RegExp(`^Hide from parents\\s*: ${name}$`) }).click();
  await expect(page.getByText('Parents can no longer choose it')).toBeVisible();
  await expectAccessible(page);
  expect((await request.get(`/advice/${slug}`)).status()).toBe(404);
  expect((await page.goto('/admin/platforms/new'))?.status()).toBe(404);
  await page.goto('/admin/platforms');
  await page.getByRole('button', { name: new RegExp(`^Show to parents\\s*: ${name}$`) }).click();
  await expect(page.getByText('Parents can now choose it')).toBeVisible();
  expect((await request.get(`/advice/${slug}`)).status()).toBe(200);
});

test('an administrator adds a harm category of their own and can retire it', async ({ page }) => {
  const name = `Game account scams ${unique()}`;
  await page.goto('/admin/harm-categories/new');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByText('The category has been added')).toBeVisible();
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByText('The category has been saved')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/harm-categories');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Yours');
  const [row] = await query<{ active: boolean; owned: boolean }>(
    `SELECT active, "partnershipId" IS NOT NULL AS owned FROM "HarmCategory" WHERE name = $1`,
    [name],
  );
  expect(row).toEqual({ active: false, owned: true });
});

test('a DSL posting an administration form directly gets "not found" and nothing changes', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/admin/escalation');
  // The form's hidden fields name the server action, as a browser without JavaScript would post them.
  const fields = await page
    .locator('form input[type=hidden]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value]));
  const before = await query(
    `SELECT "escalateUrgentAfterMinutes" AS m FROM "Partnership" WHERE slug = 'northshire'`,
  );
  const dsl = await browser.newContext();
  await signInAs(dsl, 'dsl.oakfield@northshire.example', baseURL as string);
  const response = await dsl.request.post(`${baseURL}/admin/escalation`, {
    headers: { origin: new URL(baseURL as string).origin },
    multipart: Object.fromEntries([
      ...fields,
      ['escalateUrgentAfterMinutes', '7'],
      ['escalateAfterSchoolDays', '9'],
    ]),
  });
  expect(response.status()).toBe(404);
  expect(
    await query(`SELECT "escalateUrgentAfterMinutes" AS m FROM "Partnership" WHERE slug = 'northshire'`),
  ).toEqual(before);
  await dsl.close();
});
