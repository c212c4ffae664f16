import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';

const STAFF = 'trends@northshire.example';

test('partnership staff write a warning, publish it, and parents see it and print it as a letter', async ({
  browser,
  context,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000); // many steps and four accessibility scans on a shared machine
  await signInAs(context, STAFF, baseURL as string);
  const title = `Chat app warning ${Date.now()}`;
  await page.goto('/trends/warnings/new');
  await page.getByRole('button', { name: 'Save warning' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a title for the warning');
  await expectAccessible(page);

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Snapchat' });
  await page
    .getByLabel('What parents should know')
    .fill('Strangers <b>ask</b> children for pictures.\n\n- Check who they talk to');
  await page.getByLabel('What parents should do').fill('Talk with your child.');
  await page.getByRole('button', { name: 'Save warning' }).click();
  await expect(page).toHaveURL(/\/trends\/warnings$/);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Draft');
  // The list says which language each warning is written in.
  await expect(row.getByRole('cell').nth(1)).toHaveText('English');
  await expectAccessible(page);

  // A draft is invisible to the public.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/');
  await expect(visitor.getByText(title)).toHaveCount(0);

  await row.getByRole('button', { name: /Publish now/ }).click();
  await expect(row).toContainText('Published');

  await visitor.goto('/');
  await expect(visitor.getByRole('heading', { name: title })).toBeVisible();
  // Typed markup is shown as text, never run as HTML.
  await expect(visitor.getByText('Strangers <b>ask</b> children for pictures.')).toBeVisible();
  await expect(visitor.locator('li', { hasText: 'Check who they talk to' })).toBeVisible();
  await expectAccessible(visitor);

  await visitor.getByRole('link', { name: new RegExp(`^Print this as a letter\\W+${title}$`) }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(visitor.getByText('Dear parent or carer,')).toBeVisible();
  await expectAccessible(visitor);
  const pdf = await visitor.request.get(visitor.url().replace(/print$/, 'pdf'));
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await row.getByRole('button', { name: /Withdraw/ }).click();
  await expect(row).toContainText('Ended');
  await visitor.goto('/');
  await expect(visitor.getByText(title)).toHaveCount(0);
  await visitorContext.close();
});

test('partnership staff edit a platform advice page that parents can read', async ({
  browser,
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, STAFF, baseURL as string);
  await page.goto('/trends/advice');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Edit advice about Twitch' }).click();
  await expectAccessible(page);
  await page
    .getByLabel('Privacy settings')
    .fill('- Turn off whispers from strangers\n- Hide your child’s real name');
  await page
    .getByLabel('How to report on the platform')
    .fill('Use the report button under the video. <img src=x>');
  await page.getByRole('button', { name: 'Save advice' }).click();
  // The edit form's own address (/trends/advice/twitch) ends the same way, so match the whole path: the
  // public page is where the save lands, and only then is the advice there for a visitor to read.
  await expect(page).toHaveURL(new URL('/advice/twitch', baseURL).href);
  await expect(page.locator('li', { hasText: 'Turn off whispers from strangers' })).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/advice/twitch');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Twitch: advice for parents');
  await expect(visitor.getByText('Age rating: 13+')).toBeVisible();
  await expect(visitor.locator('li', { hasText: 'Turn off whispers from strangers' })).toBeVisible();
  await expect(visitor.getByText('Use the report button under the video. <img src=x>')).toBeVisible();
  await expect(visitor.locator('main img')).toHaveCount(0);
  await expectAccessible(visitor);
  expect((await visitor.request.get('/advice/no-such-platform')).status()).toBe(404);
  await visitorContext.close();
});

test('the old "alert" addresses move permanently to the warning pages, as printed letters carry them', async ({
  request,
}) => {
  const id = '01900000-0000-7000-8000-000000000000';
  for (const [from, to] of [
    ['/trends/alerts', '/trends/warnings'],
    ['/trends/alerts/new', '/trends/warnings/new'],
    [`/alerts/${id}/print`, `/warnings/${id}/print`],
    [`/alerts/${id}/pdf`, `/warnings/${id}/pdf`],
  ]) {
    const response = await request.get(from as string, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location as string, 'http://x').pathname, from).toBe(to);
  }
});
