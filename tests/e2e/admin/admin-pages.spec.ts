import { expect, test } from '@playwright/test';
import { expectAccessible, recordForeignRequests } from '../fixtures';
import { signInAs } from '../sign-in';
import { decryptColumn } from '../e2e-crypto';
import { query } from './e2e-db';

const ADMIN = 'admin@northshire.example';

async function ids() {
  const [school] = await query<{ id: string }>(`SELECT id FROM "School" WHERE urn = 990001`);
  const [platform] = await query<{ id: string }>(`SELECT id FROM "Platform" ORDER BY "sortOrder" LIMIT 1`);
  const [harm] = await query<{ id: string }>(`SELECT id FROM "HarmCategory" ORDER BY "sortOrder" LIMIT 1`);
  const [staff] = await query<{ id: string }>(
    `SELECT id FROM "StaffUser" WHERE email = 'dsl.oakfield@northshire.example'`,
  );
  return { school: school!.id, platform: platform!.id, harm: harm!.id, staff: staff!.id };
}

async function adminPages() {
  const id = await ids();
  return [
    '/admin/schools',
    '/admin/schools?q=Oakfield',
    '/admin/schools/new',
    `/admin/schools/${id.school}`,
    '/admin/schools/import',
    '/admin/staff',
    '/admin/staff/invite',
    `/admin/staff/${id.staff}`,
    '/admin/platforms',
    '/admin/harm-categories',
    '/admin/harm-categories/new',
    '/admin/escalation',
    '/admin/term-dates',
    '/admin/early-warning',
    '/admin/branding',
    '/admin/retention',
    '/admin/retention/policy',
    '/admin/retention/legal-hold',
    '/admin/retention/lift-hold',
    '/admin/audit',
  ];
}

test('every administration page passes an accessibility scan and shows no case content', async ({
  context,
  page,
  baseURL,
}) => {
  // Twenty pages, each scanned by axe: minutes on a busy two-core machine.
  test.setTimeout(300_000);
  await signInAs(context, ADMIN, baseURL as string);
  const foreign = recordForeignRequests(page, baseURL as string);
  const stored = await query<{ id: string; reference: string; description: string }>(
    `SELECT id, reference, description FROM "Concern" ORDER BY "submittedAt" DESC LIMIT 40`,
  );
  const concerns = await Promise.all(
    stored.map(async (c) => ({
      reference: c.reference,
      description: await decryptColumn('Concern', 'description', c.id, c.description),
    })),
  );
  for (const path of await adminPages()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    const html = await page.content();
    for (const c of concerns) {
      expect(html, `${path} shows a concern`).not.toContain(c.reference);
      expect(html, `${path} shows a description`).not.toContain(c.description.slice(0, 40));
    }
    expect(await page.locator('a[href*="/cases"], a[href*="/concerns"]').count(), path).toBe(0);
  }
  expect(foreign).toEqual([]);
});

test('a school’s page says who will be told about new concerns', async ({ context, page, baseURL }) => {
  await signInAs(context, ADMIN, baseURL as string);
  await page.goto(`/admin/schools/${(await ids()).school}`);
  await expect(page.getByRole('heading', { name: 'Who is told about new concerns' })).toBeVisible();
  const [dsl] = await query<{ name: string }>(
    `SELECT name FROM "StaffUser" WHERE email = 'dsl.oakfield@northshire.example'`,
  );
  await expect(page.getByRole('link', { name: dsl!.name })).toBeVisible();
});

for (const email of [
  'dsl.oakfield@northshire.example',
  'trends@northshire.example',
  'dpo@northshire.example',
  'frontdoor@northshire.example',
]) {
  test(`${email} gets "not found" for administration pages and direct posts`, async ({
    context,
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await signInAs(context, email, baseURL as string);
    for (const path of (await adminPages()).filter(
      (p) => !(email.startsWith('dpo') && p === '/admin/audit'),
    )) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
    }
    const upload = await page.request.post('/admin/schools/import/upload', {
      headers: { origin: new URL(baseURL as string).origin },
      multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('URN\n123456') } },
    });
    expect(upload.status()).toBe(404);
    const imports = await query(`SELECT 1 FROM "SchoolImport" WHERE "fileName" = 'x.csv'`);
    expect(imports).toHaveLength(0);
  });
}

test('the data protection officer can read the audit trail', async ({ context, page, baseURL }) => {
  await signInAs(context, 'dpo@northshire.example', baseURL as string);
  const response = await page.goto('/admin/audit');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link')).toHaveText([
    'Audit trail',
    'Subject access',
  ]);
});
