// Issue 17: a child moves from Oakfield to Wrenbury Middle School, a school of the register with nobody on
// the service. Oakfield's DSL types Wrenbury's safeguarding lead's address and sees the passcode once; the
// lead gets one email with a link (read from the mail catcher), types a wrong then the right passcode,
// downloads the PDF and confirms receipt; the link then no longer works, and Oakfield's case shows who
// received it and is closed. A fresh report of this spec's own; no other spec uses Wrenbury Middle School.
import { expect, test } from '@playwright/test';
import { caughtMailTo } from './caught-mail';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const NOTE = 'Call me before she starts; her aunt collects her.';
const LEAD = 'lead.e2e@wrenbury.example';

test('a DSL sends a file to a school off the service: passcode once, emailed link, PDF, receipt', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const sent = await reportAConcern(page, {
    description: 'A stranger keeps sending my son messages and asking for photos.',
  });

  const oakfield = await browser.newContext();
  await signInAs(oakfield, 'dsl.oakfield@northshire.example', baseURL as string);
  const sender = await oakfield.newPage();
  await sender.goto(`/cases/${sent.reference}/transfer?q=wrenbury+middle`);
  const form = sender.getByTestId('transfer');
  await expect(form.getByText('Not on this service: you will send a link by email')).toBeVisible();
  const now = new Date();
  await form.getByLabel('Wrenbury Middle School').check();
  await form
    .getByLabel('Date the child starts (or started) at the new school')
    .fill(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`);
  await form.getByLabel('Note for the new school (optional)').fill(NOTE);
  // No address for a school off the service: a clear message, nothing sent.
  await form.getByRole('button', { name: 'Send the file' }).click();
  await expect(sender.locator('.govuk-error-summary')).toContainText('That school is not on this service');
  await sender.reload();
  await form.getByLabel('Wrenbury Middle School').check();
  await form
    .getByLabel('Date the child starts (or started) at the new school')
    .fill(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`);
  await form.getByLabel('Note for the new school (optional)').fill(NOTE);
  await form.getByLabel(/Email address of the new school/).fill(LEAD);
  await form.getByRole('button', { name: 'Send the file' }).click();

  // The passcode, this once.
  const code = sender.getByTestId('transfer-code');
  await expect(code).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/, { timeout: 15_000 });
  const passcode = (await code.textContent())!;
  await expect(sender.getByTestId('transfer-done')).toContainText('Never send it by email');
  await expectAccessible(sender);
  await sender.reload();
  await expect(sender.locator('main')).toContainText(
    'This file is already being sent to Wrenbury Middle School',
  );
  await expect(sender.locator('main')).not.toContainText(passcode);

  // One email to the lead: the link, not the passcode, nothing of the child.
  const mail = await caughtMailTo(LEAD, /has sent you a child protection file/);
  for (const secret of [passcode, sent.reference, 'photos', NOTE]) expect(mail.text).not.toContain(secret);
  const path = new URL(/https?:\/\/\S+\/file-transfer\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0]).pathname;

  // The lead, with no account.
  const wrenbury = await browser.newContext();
  // The link is Northshire's: at Southvale's address it does not work (lib/transfers/find-emailed-link.ts).
  const southvale = new URL(path, baseURL);
  southvale.hostname = 'southvale.localhost';
  const lead = await wrenbury.newPage();
  expect((await lead.goto(southvale.href))?.status()).toBe(404);
  await expect(lead.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  await lead.goto(path);
  await expect(lead.getByRole('heading', { name: 'Child protection file' })).toBeVisible();
  await expect(lead.locator('main')).not.toContainText(sent.reference);
  await expectAccessible(lead);
  await lead.getByLabel('Passcode').fill('AAAA-AAAA-AAAA');
  await lead.getByRole('button', { name: 'Continue' }).click();
  await expect(lead.locator('.govuk-error-summary')).toContainText('The passcode is not right');
  await expectAccessible(lead);
  await lead.reload();
  await lead.getByLabel('Passcode').fill(passcode);
  await lead.getByRole('button', { name: 'Continue' }).click();
  await expect(lead.locator('main')).toContainText(sent.reference, { timeout: 15_000 });
  await expect(lead.locator('main')).toContainText(NOTE);
  await expect(lead.locator('main')).toContainText('Oakfield Primary School');
  await expectAccessible(lead);

  // The PDF: this browser only, never cached.
  const pdf = await wrenbury.request.get(`${path}/file`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['cache-control']).toBe('no-store');
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment/);
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.headers()['content-disposition']).toContain(sent.reference);
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`${path}/file`)).status()).toBe(404);

  // The receipt, once.
  await lead.getByLabel('Your name').fill('Wendy Lake');
  await lead.getByLabel('Your role').fill('Designated safeguarding lead');
  await lead.getByRole('button', { name: 'Confirm we have received it' }).click();
  await expect(lead.getByRole('heading', { name: 'Receipt confirmed' })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(lead);
  const gone = await lead.goto(path);
  expect(gone?.status()).toBe(404);
  await expect(lead.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  await expectAccessible(lead);
  expect((await wrenbury.request.get(`${path}/file`)).status()).toBe(404);
  await wrenbury.close();
  await stranger.close();

  // Oakfield keeps the closed case and the record of who received it.
  await sender.goto('/transfers');
  await expect(sender.locator('tr', { hasText: sent.reference })).toContainText(
    'Accepted by Wendy Lake (Designated safeguarding lead)',
  );
  await sender.goto(`/cases/${sent.reference}`);
  await expect(sender.locator('.app-chronology')).toContainText('received by Wendy Lake');
  await expect(sender.locator('.app-chronology')).toContainText('File transfer link used');
  await oakfield.close();
});
