// Stored hostile text is shown as text wherever it is rendered: the reporter's follow-up page and the
// DSL's case page. The marker would set window.__hostileRan (or open a dialog) if it ever ran.
import { test, expect, type Page } from '@playwright/test';
import { SCRIPT_MARKER } from '../support/hostile-values';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const ESCAPED = '&lt;script&gt;window.__hostileRan=1&lt;/script&gt;';
const RAW = '<script>window.__hostileRan=1';

function watchForScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectShownAsText(page: Page, path: string, text: string) {
  const html = await (await page.request.get(path)).text();
  expect(html).toContain(ESCAPED);
  expect(html).not.toContain(RAW);
  await page.goto(path);
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __hostileRan?: number }).__hostileRan)).toBeUndefined();
}

test('a stored <script> shows as text on the follow-up page and the case page, and never runs', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const dialogs = watchForScripts(page);
  const description = `Hostile description ${SCRIPT_MARKER}`;
  const sent = await reportAConcern(page, { description });

  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
  await page.getByLabel('Send a message to the safeguarding team').fill(`Hostile reply ${SCRIPT_MARKER}`);
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText('Your message has been sent to the safeguarding team.')).toBeVisible();
  await expectShownAsText(page, '/check/concern', 'Hostile reply <script>');

  await signInAs(context, 'dsl.oakfield@northshire.example', baseURL as string);
  await expectShownAsText(page, `/cases/${sent.reference}`, 'Hostile description <script>');
  expect(dialogs).toEqual([]);
});
