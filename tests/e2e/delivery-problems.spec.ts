import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { encryptForTable } from './e2e-crypto';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';

// A dead-lettered email of the demo partnership, written straight into the test database: its
// administrators' page lists it, never its content.
async function deadEmail(): Promise<{ id: string; to: string; masked: string }> {
  const id = randomUUID();
  const to = `wrongaddress@mistyped-${id.slice(0, 8)}.example`;
  // Sealed as the app seals them: the retried email is read, decrypted and sent by the app's worker.
  const seal = (column: string, text: string) =>
    encryptForTable('OutboxEmail', column, id, text, { partnershipSlug: 'northshire' });
  const content = [
    await seal('subject', 'Secret subject line'),
    await seal('textBody', 'Secret body text'),
    await seal('htmlBody', '<p>Secret body text</p>'),
  ];
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId", status, attempts, "lastError", "nextAttemptAt", "partnershipId")
       VALUES ($1, 'concern.new', $2, $4, $5, $6, $3, 'DEAD', 31, 'EENVELOPE 550', now(),
               (SELECT id FROM "Partnership" WHERE slug = 'northshire'))`,
      [id, to, `<e2e-dead.${id}@test>`, ...content],
    );
  } finally {
    await client.end();
  }
  return { id, to, masked: `w***@mistyped-${id.slice(0, 8)}.example` };
}

async function statusOf(id: string): Promise<{ status: string; audits: number }> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const row = await client.query<{ status: string }>('SELECT status FROM "OutboxEmail" WHERE id = $1', [
      id,
    ]);
    const audits = await client.query(
      `SELECT 1 FROM "AuditEntry" WHERE action = 'email.retry' AND "subjectId" = $1`,
      [id],
    );
    return { status: row.rows[0]?.status ?? 'missing', audits: audits.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

/** The retry form's fields for one email, as the browser would post them without JavaScript. */
async function retryFormFields(page: Page, id: string): Promise<Record<string, string>> {
  const form = page.locator('form').filter({ has: page.locator(`input[name="outboxId"][value="${id}"]`) });
  return form.evaluate((el) =>
    Object.fromEntries(
      Array.from(new FormData(el as HTMLFormElement).entries()).map(([k, v]) => [k, String(v)]),
    ),
  );
}

test('an administrator sees undelivered email without its content and can retry it', async ({
  context,
  page,
  baseURL,
}) => {
  test.slow(); // two sign-ins, two axe scans and a server action on a shared two-core machine
  const email = await deadEmail();
  await signInAs(context, 'admin@northshire.example', baseURL as string);
  await page.goto('/admin/delivery');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email delivery problems');
  const row = page.getByRole('row').filter({ hasText: email.masked });
  await expect(row).toContainText('concern.new');
  await expect(row).toContainText('31');
  await expect(row).toContainText('EENVELOPE 550');
  await expect(page.locator('body')).not.toContainText('Secret');
  await expect(page.locator('body')).not.toContainText(email.to);
  await expectAccessible(page);

  await row.getByRole('button', { name: /Retry/ }).click();
  // Generous: the action re-renders the page, and this machine's two cores are shared.
  await expect(page.getByText('The email is back in the queue')).toBeVisible({ timeout: 20_000 });
  await expect(row).toHaveCount(0);
  await expectAccessible(page);
  const after = await statusOf(email.id);
  expect(['PENDING', 'SENDING', 'SENT']).toContain(after.status);
  expect(after.audits).toBe(1);
});

for (const who of ['dsl.oakfield@northshire.example', 'trends@northshire.example']) {
  test(`${who} gets "not found" for the page and for a direct retry`, async ({ browser, baseURL }) => {
    const email = await deadEmail();
    const adminContext = await browser.newContext();
    await signInAs(adminContext, 'admin@northshire.example', baseURL as string);
    const adminPage = await adminContext.newPage();
    await adminPage.goto('/admin/delivery');
    const fields = await retryFormFields(adminPage, email.id);

    const context = await browser.newContext();
    await signInAs(context, who, baseURL as string);
    const page = await context.newPage();
    const response = await page.goto('/admin/delivery');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('body')).not.toContainText(email.masked);

    const post = await page.request.post('/admin/delivery', { multipart: fields });
    expect(post.status()).toBe(404);
    expect(await post.text()).not.toContain('back in the queue');
    expect(await statusOf(email.id)).toEqual({ status: 'DEAD', audits: 0 });
    await context.close();

    // The same post from the administrator does retry it: the refusal above was the permission check.
    const allowed = await adminPage.request.post('/admin/delivery', { multipart: fields });
    expect(allowed.status()).toBe(200);
    expect((await statusOf(email.id)).audits).toBe(1);
    await adminContext.close();
  });
}
