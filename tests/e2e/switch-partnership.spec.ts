// Someone on two boards (front door in Northshire, partnership staff in another partnership) acts for one
// partnership at a time: its name heads every page, and only the roles held there work.
import { randomBytes } from 'node:crypto';
import { expect, test, type BrowserContext } from '@playwright/test';
import { query } from './e2e-db';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';

async function officerOnTwoBoards(): Promise<{ email: string; other: string }> {
  const tag = randomBytes(4).toString('hex');
  const other = `Westmoor Safeguarding Children Partnership ${tag}`;
  const [partnership] = await query<{ id: string }>(
    `INSERT INTO "Partnership" (id, slug, name) VALUES (gen_random_uuid(), $1, $2) RETURNING id`,
    [`westmoor-${tag}`, other],
  );
  const email = `officer-${tag}@police.example`;
  const [user] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Olu Officer', now()) RETURNING id`,
    [email],
  );
  await query(
    `INSERT INTO "Membership" (id, "userId", "partnershipId", role)
       SELECT gen_random_uuid(), $1, id, 'FRONT_DOOR' FROM "Partnership" WHERE slug = 'northshire'`,
    [user?.id],
  );
  await query(
    `INSERT INTO "Membership" (id, "userId", "partnershipId", role, "createdAt")
       VALUES (gen_random_uuid(), $1, $2, 'PARTNERSHIP_STAFF', now() + interval '1 second')`,
    [user?.id, partnership?.id],
  );
  return { email, other };
}

async function signIn(context: BrowserContext, baseURL: string) {
  const officer = await officerOnTwoBoards();
  await signInAs(context, officer.email, baseURL);
  return officer;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`changing partnership (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('starts in the first partnership; after the change, only the other’s pages and roles', async ({
      context,
      page,
      baseURL,
    }) => {
      const { other } = await signIn(context, baseURL as string);
      await page.goto('/cases');
      const banner = page.getByRole('banner');
      await expect(banner).toContainText('Northshire');
      await banner.getByRole('link', { name: 'Change partnership' }).click();
      await expect(
        page.getByRole('heading', { name: 'Which partnership are you working for?' }),
      ).toBeVisible();
      // axe runs in the page: it needs JavaScript.
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByLabel(other).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveURL(/\/trends$/);
      await expect(page.getByRole('banner')).toContainText(other);
      await expect(page.getByRole('banner')).not.toContainText('Northshire');
      // The footer too names the partnership they act for, not the one of the address they came in by.
      await expect(page.getByRole('contentinfo')).toContainText(`Run by ${other}`);

      // The front door's pages belong to Northshire: not here.
      expect((await page.request.get('/cases')).status()).toBe(404);

      await page.goto('/staff/partnership');
      await page.getByLabel(/Northshire/).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveURL(/\/cases$/);
      expect((await page.request.get('/trends')).status()).toBe(404);
    });
  });
}

test('someone in one partnership is offered no change', async ({ context, page, baseURL }) => {
  await signInAs(context, 'dsl.oakfield@northshire.example', baseURL as string);
  await page.goto('/cases');
  await expect(page.getByRole('link', { name: 'Change partnership' })).toHaveCount(0);
  await page.goto('/staff/partnership');
  await expect(page.getByText(/You work for .*Northshire.* only/)).toBeVisible();
  await expectAccessible(page);
});
