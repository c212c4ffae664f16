// The people the access matrix acts as, each a browser context holding what that person's browser would
// hold: nothing, a follow-up proof from /check, or a real staff session; plus a forged session and a
// session that was signed out (its cookie kept, as an attacker who copied it would).
import { hash } from '@node-rs/argon2';
import type { Browser, BrowserContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { query } from '../e2e-db';
import { signInAs } from '../sign-in';
import { copyOfDemoAccount } from '../staff-auth-helpers';

export const ROLES = [
  'anonymous',
  'reporter',
  'dslA',
  'dslB',
  'deputyA',
  'frontDoor',
  'partnership',
  'admin',
  'dpo',
  'operator',
  'dslSouth',
  'adminSouth',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * People the matrix also acts as whose answers are another column's, so the table is not widened: each
 * role of the partnership signed in with a work account (issue 19; a StaffSession naming a SignInIdentity,
 * with the provider's re-check deadline) must get exactly what the same role signed in with a password gets,
 * everywhere.
 */
export const SAME_AS = {
  dslSso: 'dslA',
  deputySso: 'deputyA',
  frontDoorSso: 'frontDoor',
  partnershipSso: 'partnership',
  adminSso: 'admin',
  dpoSso: 'dpo',
} as const satisfies Record<string, Role>;
export const PEOPLE = [...ROLES, ...(Object.keys(SAME_AS) as (keyof typeof SAME_AS)[])] as const;
export type Person = Role | keyof typeof SAME_AS;

/** The table column a person's answers are read from. */
export function columnOf(person: Person): Role {
  return person in SAME_AS ? SAME_AS[person as keyof typeof SAME_AS] : (person as Role);
}

/**
 * Staff of the demo partnership (school A is Oakfield Primary, school B Millbrook Academy), the operator, and
 * staff of the second partnership.
 */
export const STAFF: Record<Exclude<Role, 'anonymous' | 'reporter'>, string> = {
  dslA: 'dsl.oakfield@northshire.example',
  dslB: 'dsl.millbrook@northshire.example',
  deputyA: 'deputy.oakfield@northshire.example',
  frontDoor: 'frontdoor@northshire.example',
  partnership: 'trends@northshire.example',
  admin: 'admin@northshire.example',
  dpo: 'dpo@northshire.example',
  // Runs the service (lib/demo/demo-reference-data.ts DEMO_OPERATOR): no role in the demo partnership.
  operator: 'operator@service.example',
  // The second partnership on the deployment (lib/demo/demo-southvale.ts): a DSL of one of its schools and
  // its administrator. Northshire's records must be "not found" to them, by link and by direct POST.
  dslSouth: 'dsl.thornbury-high@southvale.example',
  adminSouth: 'admin@southvale.example',
};

/** A receipt code in the canonical form (lib/concerns/codes.ts alphabet), set on the reporter's concern. */
const RECEIPT = 'BCDF-GHJK-MNPQ-RSTV';

export async function contextFor(
  browser: Browser,
  role: Person,
  baseURL: string,
  reporterReference: string,
  javaScriptEnabled = false,
): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled });
  if (role === 'anonymous') return context;
  if (role === 'reporter') {
    await proveReporter(context, reporterReference);
    return context;
  }
  if (role in SAME_AS) {
    // An account of its own, with the same roles: a sign-out probe ends every session of its account.
    const email = await copyOfDemoAccount(STAFF[SAME_AS[role as keyof typeof SAME_AS]]);
    await signInAs(context, email, baseURL, undefined, true);
    return context;
  }
  await signInAs(context, STAFF[role as Exclude<Role, 'anonymous' | 'reporter'>], baseURL);
  return context;
}

/** The reporter's concern gets a receipt we know; the follow-up proof comes from /check, as for a parent. */
export async function giveReporterReceipt(concernId: string): Promise<void> {
  await query('UPDATE "Concern" SET "receiptHash" = $2 WHERE id = $1', [concernId, await hash(RECEIPT)]);
}

async function proveReporter(context: BrowserContext, reference: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/check');
  await page.getByLabel('Reference').fill(reference);
  await page.getByLabel('Secret code').fill(RECEIPT);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL('**/check/concern');
  await page.close();
}

/** A session cookie signed with a secret that is not the app's, naming a session that does not exist. */
export async function forgedContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const [admin] = await query<{ id: string }>('SELECT id FROM "StaffUser" WHERE email = $1', [STAFF.admin]);
  const token = await encode({
    token: { sub: admin?.id, sid: crypto.randomUUID() },
    secret: 'not-the-apps-secret-but-long-enough-to-look-real-0123',
  });
  await context.addCookies([
    { name: 'sg.session', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' },
    { name: 'report_check', value: 'forged.proof', url: `${baseURL}/check`, httpOnly: true },
  ]);
  return context;
}

/** An administrator's real session, signed out with the sign-out button, then its old cookie replayed. */
export async function staleContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const live = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(live, STAFF.admin, baseURL);
  const cookie = (await live.cookies()).find((c) => c.name === 'sg.session');
  const signedOut = await live.request.post('/api/sign-out', { maxRedirects: 0 });
  if (signedOut.status() !== 303) throw new Error(`Sign-out answered ${signedOut.status()}`);
  await live.close();
  const stale = await browser.newContext({ javaScriptEnabled: false });
  await stale.addCookies([
    { name: 'sg.session', value: cookie?.value ?? '', url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
  return stale;
}
