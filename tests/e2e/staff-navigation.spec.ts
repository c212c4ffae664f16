// The staff header (issue 22 item 10): on every staff page, who is signed in, their pages by role, and a
// sign-out that works without JavaScript; sign-in lands each role on its main page; case pages are titled
// by reference. Public pages keep the public header.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { test, type Browser, type Page } from '@playwright/test';
import { caseOfSchool, OAKFIELD } from './case-data';
import { query } from './e2e-db';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';
import { copyOfDemoAccount, DEMO_PASSWORD, enrol, enterPassword, expect } from './staff-auth-helpers';

const SERVICE = 'Report a concern about a child online';

/** Each demo person, their main page (and where it takes them), and the links their header must show (no more, no fewer). */
const PEOPLE = [
  {
    email: 'dsl.oakfield@northshire.example',
    main: '/cases',
    home: '/cases',
    links: ['Cases', 'Transfers', 'Children', 'Your account'],
  },
  {
    email: 'frontdoor@northshire.example',
    main: '/cases',
    home: '/cases',
    links: ['Cases', 'Patterns', 'Transfers', 'Your account'],
  },
  {
    email: 'trends@northshire.example',
    main: '/trends',
    home: '/trends',
    links: ['Trends', 'Warnings for parents', 'Your account'],
  },
  // /admin takes each to the first section they may use.
  {
    email: 'admin@northshire.example',
    main: '/admin',
    home: '/admin/schools',
    links: ['Administration', 'Your account'],
  },
  {
    email: 'dpo@northshire.example',
    main: '/admin',
    home: '/admin/audit',
    links: ['Administration', 'Your account'],
  },
  // The service operator: no partnership's pages, only running the service.
  {
    email: 'operator@service.example',
    main: '/operator',
    home: '/operator',
    links: ['Service health', 'Partnerships', 'Leaving', 'National lists', 'Your account'],
  },
];

async function nameOf(email: string): Promise<string> {
  const [row] = await query<{ name: string }>('SELECT name FROM "StaffUser" WHERE email = $1', [email]);
  return row!.name;
}

async function signedIn(browser: Browser, baseURL: string, email: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  await signInAs(context, email, baseURL);
  return { context, page: await context.newPage() };
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

for (const person of PEOPLE) {
  test(`${person.email} sees their name, their pages and sign out on every page of theirs`, async ({
    browser,
    baseURL,
  }) => {
    // Up to four pages, each scanned by axe (the trends page is long), on a machine shared with other work.
    test.setTimeout(90_000);
    const { context, page } = await signedIn(browser, baseURL as string, person.email);
    const name = await nameOf(person.email);
    await page.goto(person.home);
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${name}`);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(menu(page).getByRole('link')).toHaveText(person.links);
    // The service's name takes them to their own main page, not the parents' start page.
    await expect(page.getByRole('link', { name: SERVICE })).toHaveAttribute('href', person.main);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Staff sign in' })).toHaveCount(0);
    await expectAccessible(page);

    // Every page in the menu carries the same header, and marks itself as the current one.
    for (const label of person.links) {
      await menu(page).getByRole('link', { name: label }).click();
      await expect(menu(page).locator('[aria-current="page"]')).toHaveText(label);
      await expect(page.getByRole('banner')).toContainText(`Signed in as ${name}`);
      await expectAccessible(page);
    }

    // A public page keeps the public header, and no longer offers "Staff sign in".
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: SERVICE })).toHaveAttribute('href', '/');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Staff sign in' })).toHaveCount(0);
    await context.close();
  });
}

test('someone signed out sees the public header and "Staff sign in"', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Staff sign in' })).toBeVisible();
});

test('a page a person may not use says "not found" under their own header, once', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await signedIn(browser, baseURL as string, 'dsl.oakfield@northshire.example');
  await page.goto('/trends');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(menu(page).getByRole('link')).toHaveText(['Cases', 'Transfers', 'Children', 'Your account']);
  await expectAccessible(page);
  await context.close();
});

for (const [start, javaScriptEnabled] of [
  ['/cases', false],
  ['/admin/schools', true],
] as const) {
  test(`sign out from ${start} (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) ends the session`, async ({
    browser,
    baseURL,
  }) => {
    // An account of its own: signing out ends every session of the account, and other specs sign in as these.
    const email = await copyOfDemoAccount(
      start === '/cases' ? 'deputy.oakfield@northshire.example' : 'admin@northshire.example',
    );
    const { context, page } = await signedIn(browser, baseURL as string, email, javaScriptEnabled);
    await page.goto(start);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Staff sign in' })).toBeVisible();
    await page.goto(start);
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });
}

test('a case page and its print view are titled with the case’s reference, and nothing else from it', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await signedIn(browser, baseURL as string, 'dsl.oakfield@northshire.example');
  const { reference } = await caseOfSchool(OAKFIELD, 7);
  await page.goto(`/cases/${reference}`);
  await expect(page).toHaveTitle(`Case ${reference}: record – ${SERVICE}`);
  await page.goto(`/cases/${reference.toLowerCase()}/print`);
  await expect(page).toHaveTitle(`Case ${reference}: print view – ${SERVICE}`);
  await context.close();
});

/** A new account, its password set and its authenticator not yet, with the given roles in the partnership. */
async function newAccount(roles: ('DSL' | 'FRONT_DOOR' | 'PARTNERSHIP_STAFF' | 'ADMIN')[]): Promise<string> {
  const email = `landing.${randomBytes(4).toString('hex')}@northshire.example`;
  const [school] = await query<{ id: string; partnershipId: string }>(
    'SELECT id, "partnershipId" FROM "School" WHERE urn = $1',
    [OAKFIELD],
  );
  const [user] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, "passwordHash", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Lee Landing', $2, now()) RETURNING id`,
    [email, await hash(DEMO_PASSWORD)],
  );
  for (const role of roles)
    await query(
      `INSERT INTO "Membership" (id, "userId", "partnershipId", "schoolId", role)
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"Role")`,
      [user!.id, school!.partnershipId, role === 'DSL' ? school!.id : null, role],
    );
  return email;
}

for (const { roles, home } of [
  { roles: ['DSL'], home: /\/cases$/ },
  { roles: ['FRONT_DOOR'], home: /\/cases$/ },
  { roles: ['PARTNERSHIP_STAFF'], home: /\/trends$/ },
  { roles: ['ADMIN'], home: /\/admin\/schools$/ },
  // Several roles: the first of cases, trends, administration.
  { roles: ['ADMIN', 'PARTNERSHIP_STAFF'], home: /\/trends$/ },
] as const) {
  test(`signing in as ${roles.join(' and ')} lands on their main page`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = await newAccount([...roles]);
    await enterPassword(page, email, DEMO_PASSWORD);
    await enrol(page, async () => {});
    await page.getByRole('link', { name: /continue/i }).click();
    await expect(page).toHaveURL(home);
    await expect(page.getByRole('banner')).toContainText('Signed in as Lee Landing');
    // Already signed in, the sign-in page sends them there too.
    await page.goto('/sign-in');
    await expect(page).toHaveURL(home);
    await context.close();
  });
}
