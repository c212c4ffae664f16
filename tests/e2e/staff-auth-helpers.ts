// Helpers for the sign-in specs: they drive the real pages, computing authenticator codes as a phone would.
import { createHash, randomBytes } from 'node:crypto';
import { expect as baseExpect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import pg from 'pg';
import { expectAccessible } from './fixtures';

export const DEMO_PASSWORD = 'northshire-demo-2026';

/** Each step runs argon2 on a machine shared with other work: allow more than the default 5 seconds. */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** axe runs inside the page, so it cannot run where JavaScript is off (those pages are scanned with it on). */
export type Scan = (page: Page) => Promise<void>;
export const noScan: Scan = async () => {};

export async function query<Row extends pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function enterPassword(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A code for a 30-second step later than `after`, waiting for the next step if need be (codes work once). */
export async function freshCode(secret: string, after?: number): Promise<{ code: string; step: number }> {
  let step = Math.floor(Date.now() / 30_000);
  if (after !== undefined && step <= after) {
    await new Promise((r) => setTimeout(r, (after + 1) * 30_000 - Date.now() + 500));
    step = Math.floor(Date.now() / 30_000);
  }
  return { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }), step };
}

/** First sign-in: read the key shown as text, confirm a code, keep the recovery codes. */
export async function enrol(page: Page, scan: Scan = expectAccessible) {
  await expect(page).toHaveURL(/\/sign-in\/set-up-authenticator$/);
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await scan(page);
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  const { code, step } = await freshCode(secret);
  await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
  await scan(page);
  const recoveryCodes = (await page.getByTestId('recovery-codes').locator('li').allInnerTexts()).map((c) =>
    c.trim(),
  );
  expect(recoveryCodes).toHaveLength(10);
  return { secret, step, recoveryCodes };
}

export async function signOut(page: Page, scan: Scan = expectAccessible) {
  await page.goto('/sign-out');
  await scan(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
}

/** An invitation as the administration pages make one (lib/auth/invitations/insert-invitation.ts). */
/**
 * A new account copied from a demo one: the same roles and demo password, no authenticator yet. Signing out
 * ends every session of its holder, so a test that signs out uses its own account, not one other tests share.
 */
export async function copyOfDemoAccount(email: string): Promise<string> {
  const copy = `copy.${randomBytes(3).toString('hex')}.${email}`;
  const [user] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $2, name, "passwordHash", now() FROM "StaffUser" WHERE email = $1 RETURNING id`,
    [email, copy],
  );
  await query(
    `INSERT INTO "Membership" (id, "userId", "partnershipId", "schoolId", role)
     SELECT gen_random_uuid(), $2, m."partnershipId", m."schoolId", m.role
     FROM "Membership" m JOIN "StaffUser" u ON u.id = m."userId" WHERE u.email = $1`,
    [email, user!.id],
  );
  return copy;
}

export async function inviteNewDsl(): Promise<{ email: string; token: string }> {
  const [school] = await query<{ id: string; partnershipId: string }>(
    `SELECT s.id, s."partnershipId" FROM "School" s JOIN "Partnership" p ON p.id = s."partnershipId"
     WHERE p.slug = 'northshire' ORDER BY s.name LIMIT 1`,
  );
  const token = randomBytes(32).toString('base64url');
  const email = `new.dsl.${randomBytes(3).toString('hex')}@northshire.example`;
  await query(
    `INSERT INTO "Invitation" (id, "partnershipId", email, name, role, "schoolId", "tokenHash", "expiresAt")
     VALUES (gen_random_uuid(), $1, $2, 'New Lead', 'DSL', $3, $4, now() + interval '1 day')`,
    [school!.partnershipId, email, school!.id, createHash('sha256').update(token).digest('hex')],
  );
  return { email, token };
}

/**
 * GOV.UK Frontend ignores a second press of a submit button within a second of the first (its
 * double-click guard). With JavaScript the error comes back without a page load, so a fast test resubmits
 * inside that second; a person never does.
 */
export async function pastDoubleClickGuard(page: Page) {
  await page.waitForTimeout(1_100);
}
