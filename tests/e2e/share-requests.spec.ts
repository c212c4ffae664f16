// Issue 18, part 3: from a pattern, the front door asks the schools to share their cases. Oakfield's DSL
// shares one and refuses the other with a reason; the front door can then read the shared case (and not
// change it), sees the reason for the other, and still gets "not found" for it. Millbrook's DSL, the
// partnership's analyst and another partnership's DSL reach none of it.
// Two fresh reports of this spec's own, naming an account no other spec uses.
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const NOTE = 'Two families name the same account. Please share so we can see the whole picture.';
const REFUSAL = 'The police are already working with this family.';

test('a school shares one case with the front door and refuses the other, with its reason', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const name = `share.${Date.now()}`;
  const references: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const parent = await browser.newContext();
    references.push((await reportAConcern(await parent.newPage(), { strangerAccount: name })).reference);
    await parent.close();
  }
  const [shared, refused] = references as [string, string];
  const signedIn = async (email: string): Promise<BrowserContext> => {
    const context = await browser.newContext();
    await signInAs(context, email, baseURL as string);
    return context;
  };

  // The front door cannot read either case yet, and asks.
  const frontDoor = await signedIn('frontdoor@northshire.example');
  expect((await frontDoor.request.get(`/cases/${shared}`)).status()).toBe(404);
  const patterns = await frontDoor.newPage();
  await patterns.goto('/patterns');
  const form = patterns.getByTestId('share-request');
  await form.getByLabel('Pattern').selectOption({ label: `Snapchat, first report ${shared}` });
  await form.getByRole('button', { name: 'Ask schools to share' }).click();
  await expect(patterns.locator('.govuk-error-summary')).toContainText('Enter a short note for the schools');
  // A fresh page for the real answer: GOV.UK's button ignores a second click within a second
  // (data-prevent-double-click), faster than any person corrects a form but not than a test.
  await patterns.reload();
  await form.getByLabel('Pattern').selectOption({ label: `Snapchat, first report ${shared}` });
  await form.getByLabel('Note for the schools').fill(NOTE);
  await form.getByRole('button', { name: 'Ask schools to share' }).click();
  await expect(form.getByRole('status')).toContainText('Asked the schools to share 2 cases');
  const row = patterns.locator('tr', { hasText: shared });
  await expect(row).toContainText(`${shared} asked`);
  await expectAccessible(patterns);
  expect((await frontDoor.request.get(`/cases/${shared}`)).status()).toBe(404);

  // Oakfield's DSL sees both requests, shares one and refuses the other.
  const oakfield = await signedIn('dsl.oakfield@northshire.example');
  const dsl = await oakfield.newPage();
  await dsl.goto('/cases');
  await dsl.getByRole('link', { name: 'Requests from the front door to share a case' }).click();
  await expect(dsl.getByRole('heading', { name: 'Requests to share' })).toBeVisible();
  await expectAccessible(dsl);
  await dsl.getByRole('link', { name: shared }).click();
  const answer = async (choice: string, reason: string) => {
    const section = dsl.locator('section', { hasText: 'The front door asked to see this case' });
    await expect(section).toContainText(NOTE);
    await section.getByLabel(choice).check();
    await section.getByLabel('Why').fill(reason);
    await section.getByRole('button', { name: 'Send answer' }).click();
    // The form gives way to the answer, with the reason.
    await expect(section).toContainText(`${choice.startsWith('Yes') ? 'Shared' : 'Not shared'} on `);
    await expect(section).toContainText(reason);
  };
  await answer('Yes, share it', 'Shared for the pattern.');
  await expect(dsl.locator('.app-chronology')).toContainText(
    'Agreed to share this case with the front door.',
  );
  await expectAccessible(dsl);
  await dsl.goto(`/cases/${refused}`);
  await answer('No, do not share it', REFUSAL);
  await expect(dsl.locator('.app-chronology')).toContainText(
    'Decided not to share this case with the front door.',
  );
  await oakfield.close();

  // The front door reads the shared case, with nothing to change it with; the other stays "not found".
  await patterns.goto('/patterns');
  await expect(row).toContainText(`${refused} not shared: ${REFUSAL}`);
  await row.getByRole('link', { name: shared, exact: true }).click();
  await expect(patterns.getByText('The school shared this case with you to read.')).toBeVisible();
  await expect(patterns.locator('main form')).toHaveCount(0);
  await expectAccessible(patterns);
  expect((await frontDoor.request.get(`/cases/${refused}`)).status()).toBe(404);
  await frontDoor.close();

  // Nobody else: another school's DSL, the analyst, another partnership's DSL.
  for (const email of [
    'dsl.millbrook@northshire.example',
    'trends@northshire.example',
    'dsl.thornbury-high@southvale.example',
  ]) {
    const other = await signedIn(email);
    expect((await other.request.get(`/cases/${shared}`)).status(), email).toBe(404);
    await other.close();
  }
});

test('the front door records that a pattern went to CEOP, and exports its account names for them', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const name = `refer.${Date.now()}`;
  const references: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const parent = await browser.newContext();
    references.push((await reportAConcern(await parent.newPage(), { strangerAccount: name })).reference);
    await parent.close();
  }
  const frontDoor = await browser.newContext();
  await signInAs(frontDoor, 'frontdoor@northshire.example', baseURL as string);
  const page = await frontDoor.newPage();
  await page.goto('/patterns');
  const form = page.getByTestId('pattern-referral');
  await form.getByRole('button', { name: 'Record referral' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Choose who you referred it to');
  // On a fresh page: GOV.UK's double-click guard ignores a second press of the same button within a second.
  await page.goto('/patterns');
  await form.getByLabel('Pattern').selectOption({ label: `Snapchat, first report ${references[0]}` });
  await form.getByLabel('CEOP').check();
  await form.getByLabel('Which force or team').fill('CEOP Safety Centre');
  await form.getByLabel('Their reference (optional)').fill('CEOP-42');
  await form.getByRole('button', { name: 'Record referral' }).click();
  await expect(form.getByRole('status')).toContainText('Referral recorded');
  const row = page.locator('tr', { hasText: references[0]! });
  await expect(row).toContainText('CEOP: CEOP Safety Centre (CEOP-42)');
  await expectAccessible(page);

  // The account names for CEOP: the name as typed, never a reference or anything of the children.
  const href = (await row.getByRole('link', { name: /Download account names/ }).getAttribute('href')) ?? '';
  const csv = await frontDoor.request.get(href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.text();
  expect(body).toContain(`Snapchat,${name},`);
  for (const reference of references) expect(body).not.toContain(reference);
  await frontDoor.close();

  // Nobody else can download it: a school's DSL, the analyst, another partnership's administrator.
  for (const email of [
    'dsl.oakfield@northshire.example',
    'trends@northshire.example',
    'admin@southvale.example',
  ]) {
    const other = await browser.newContext();
    await signInAs(other, email, baseURL as string);
    expect((await other.request.get(href)).status(), email).toBe(404);
    await other.close();
  }
});
