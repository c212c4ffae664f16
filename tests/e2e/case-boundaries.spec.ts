// The role-boundary matrix: nobody outside Millbrook Academy's safeguarding team reaches a Millbrook case,
// by link or by a forged POST, and nothing is written or logged as a view of it.
import { expect, test, type Page } from '@playwright/test';
import { caseOfSchool, MILLBROOK, OAKFIELD, traces } from './case-data';
import { signInAs } from './sign-in';

const OUTSIDERS = [
  { email: 'dsl.oakfield@northshire.example', seesList: true },
  { email: 'deputy.oakfield@northshire.example', seesList: true },
  { email: 'dsl.northbridge@northshire.example', seesList: true },
  { email: 'frontdoor@northshire.example', seesList: true },
  { email: 'trends@northshire.example', seesList: false },
  { email: 'admin@northshire.example', seesList: false },
  { email: 'dpo@northshire.example', seesList: false },
];

test.use({ javaScriptEnabled: false });

/** The fields of the "add a note" form as the browser would post them, from a case the DSL may see. */
async function noteFormFields(browserPage: Page): Promise<Record<string, string>> {
  const own = await caseOfSchool(OAKFIELD, 5);
  await browserPage.goto(`/cases/${own.reference}?action=note`);
  return browserPage
    .locator('[data-testid="add-note"]')
    .evaluate((form) =>
      Object.fromEntries(
        [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)]),
      ),
    );
}

test('outsiders get "not found" for another school’s case, by link and by POST, and leave no trace', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const target = await caseOfSchool(MILLBROOK, 0);
  const before = await traces(target.id);

  const dslContext = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(dslContext, 'dsl.oakfield@northshire.example', baseURL as string);
  const fields = await noteFormFields(await dslContext.newPage());
  // The same forged POST on the DSL's own case does work, so the refusals below are real refusals.
  const own = await caseOfSchool(OAKFIELD, 6);
  const ownBefore = await traces(own.id);
  const ownPage = await dslContext.newPage();
  await ownPage.goto(`/cases/${own.reference}?action=note`);
  const ownVersion = await ownPage.locator('[data-testid="add-note"] input[name="version"]').inputValue();
  const allowed = await dslContext.request.post(`/cases/${own.reference}`, {
    headers: { Origin: baseURL as string },
    multipart: { ...fields, reference: own.reference, version: ownVersion, note: 'Posted directly' },
  });
  expect(allowed.status()).toBe(200);
  expect((await traces(own.id)).events).toBe(ownBefore.events + 1);
  await dslContext.close();

  for (const outsider of OUTSIDERS) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signInAs(context, outsider.email, baseURL as string);
    const request = context.request;
    const list = await request.get(`/cases?q=${target.reference}`);
    if (outsider.seesList) {
      expect(list.status(), outsider.email).toBe(200);
      const html = await list.text();
      expect(html.includes(`data-reference="${target.reference}"`), outsider.email).toBe(false);
      expect(html.includes('0 cases'), outsider.email).toBe(true);
    } else {
      expect(list.status(), outsider.email).toBe(404);
    }
    for (const path of ['', '/print', '/pdf']) {
      const response = await request.get(`/cases/${target.reference}${path}`);
      expect(response.status(), `${outsider.email} ${path}`).toBe(404);
    }
    expect((await request.get(`/cases/${target.id}`)).status()).toBe(404);
    const posted = await request.post(`/cases/${target.reference}`, {
      headers: { Origin: baseURL as string },
      multipart: { ...fields, reference: target.reference, version: '0', note: 'Forged note' },
    });
    expect(posted.status(), `${outsider.email} POST`).toBe(404);
    await context.close();
  }
  expect(await traces(target.id)).toEqual(before);
});
