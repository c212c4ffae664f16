import { expect, test } from '@playwright/test';
import { signInAs } from './sign-in';

const PAGES = [
  '/trends',
  '/trends/csv?table=platform',
  '/trends/warnings',
  '/trends/warnings/new',
  '/trends/advice',
  '/trends/advice/twitch',
];

for (const email of [
  'dsl.oakfield@northshire.example',
  'admin@northshire.example',
  'frontdoor@northshire.example',
]) {
  test(`${email} gets "not found" for trends and warning editing`, async ({ context, page, baseURL }) => {
    await signInAs(context, email, baseURL as string);
    for (const path of PAGES) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toMatch(/Concerns by platform|Show trends|Save warning|Save advice/);
    }
  });
}

test('someone not signed in is sent to sign in', async ({ page }) => {
  for (const path of ['/trends', '/trends/warnings/new']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test('a direct POST of the warning form by a DSL creates nothing', async ({ browser, baseURL }) => {
  // Take the real form (with its server action id) from a member of partnership staff…
  const staff = await browser.newContext();
  await signInAs(staff, 'trends@northshire.example', baseURL as string);
  const staffPage = await staff.newPage();
  await staffPage.goto('/trends/warnings/new');
  const hidden = await staffPage
    .locator('form input[type="hidden"]')
    .evaluateAll((inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
    );
  // …and post it as a DSL.
  const dsl = await browser.newContext();
  await signInAs(dsl, 'dsl.oakfield@northshire.example', baseURL as string);
  const title = `Forged warning ${Date.now()}`;
  const multipart: Record<string, string> = Object.fromEntries(hidden);
  Object.assign(multipart, {
    title,
    platform: '',
    whatToKnow: 'x',
    whatToDo: 'y',
    publishFrom: '2026-01-01',
    publishUntil: '',
  });
  const response = await dsl.request.post('/trends/warnings/new', { multipart });
  expect([200, 303, 404]).toContain(response.status());
  // Control: the very same request from partnership staff does create the warning, so the POST reaches the
  // action and the DSL was refused by the permission check, not by a malformed request.
  const control = `Control warning ${Date.now()}`;
  await staff.request.post('/trends/warnings/new', { multipart: { ...multipart, title: control } });
  await staffPage.goto('/trends/warnings');
  await expect(staffPage.getByRole('cell', { name: control, exact: true })).toBeVisible();
  await expect(staffPage.getByRole('cell', { name: title, exact: true })).toHaveCount(0);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/');
  await expect(visitor.getByText(title)).toHaveCount(0);
  await Promise.all([staff.close(), dsl.close(), visitor.context().close()]);
});
