// The community languages (issue 21): Southvale's demo site offers Polish and Urdu
// (lib/demo/demo-southvale.ts). A parent sends a whole report in Urdu without JavaScript, the page laid out
// right to left, with no message key and no English sentence, and gets the email with their reference in
// Urdu; axe passes on the public pages in Urdu (right to left) and Polish (left to right). Labels come from
// the catalogues themselves.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type english from '../../messages/en.json';
import { caughtMailTo } from './caught-mail';
import { expectAccessible } from './fixtures';
import { signInAs } from './sign-in';
import { expectNoKeysOrEnglish } from './translated-page';

// Read, not imported: Playwright's loader wants an import attribute on JSON. Tests run from the repository.
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(resolve('messages', `${locale}.json`), 'utf8')) as typeof english;
const pl = catalogue('pl');
const ur = catalogue('ur');

const southvale = (baseURL: string | undefined) => {
  const url = new URL(baseURL as string);
  url.hostname = 'southvale.localhost';
  return url.origin;
};

async function next(page: Page, button = ur.report.continue) {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoKeysOrEnglish(page);
  await page.getByRole('button', { name: button, exact: true }).click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a parent chooses Urdu in the header and sends a whole report in it, right to left', async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const site = southvale(baseURL);
    await page.goto(`${site}/report/danger`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('button', { name: 'اردو' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.report.danger.title);

    // An error, in Urdu.
    await page.getByRole('button', { name: ur.report.continue, exact: true }).click();
    await expect(page.getByRole('heading', { name: ur.report.problem })).toBeVisible();
    await expect(page.getByRole('link', { name: ur.errors.selectDanger })).toBeVisible();

    await page.getByLabel(ur.report.danger.no, { exact: true }).check();
    await next(page);

    await page.getByRole('searchbox', { name: ur.report.school.title }).fill('larkfield');
    await next(page, ur.report.search);
    await page.getByLabel('Larkfield Primary School').check();
    await next(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.report.child.title);
    await page.getByLabel(ur.report.child.name).fill('S.J.');
    await page.getByLabel(ur.report.child.age).fill('9');
    await next(page);

    await page.getByLabel('Snapchat').check();
    await next(page);

    await expect(page.getByRole('heading', { name: ur.report.accounts.heading })).toBeVisible();
    await next(page);

    // Optional: whether the parent already reported it to the platform.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.report.alreadyReported.title);
    await next(page);

    // Kinds of harm: national ones are in the catalogue (`harms`); the first one will do.
    await page
      .getByRole('group', { name: ur.report.whatHappened.harms })
      .getByRole('checkbox')
      .first()
      .check();
    await page
      .getByRole('group', { name: ur.report.whatHappened.adult })
      .getByLabel(ur.answers.personWasAdult.NOT_SURE)
      .check();
    await page
      .getByRole('group', { name: ur.report.whatHappened.when })
      .getByLabel(ur.answers.when.THIS_WEEK)
      .check();
    await page
      .getByRole('group', { name: ur.report.whatHappened.still })
      .getByLabel(ur.answers.yesNoUnsure.NOT_SURE)
      .check();
    await page
      .getByRole('group', { name: ur.report.whatHappened.childKnows })
      .getByLabel(ur.answers.yesNoUnsure.YES)
      .check();
    await next(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.report.images.title);
    await next(page);

    await page.getByLabel(ur.report.description.title).fill('کسی نے میرے بچے سے تصویر مانگی۔');
    await next(page);

    // The parent gives an email address, so the service emails them their reference: in Urdu too.
    const address = `urdu-parent-${Date.now()}@example.com`;
    await page.getByLabel(ur.answers.relationship.PARENT_OR_CARER).check();
    await page.getByLabel(ur.report.aboutYou.yes).check();
    await page.getByLabel(ur.report.aboutYou.name).fill('عائشہ');
    await page.getByLabel(ur.report.aboutYou.email).fill(address);
    await next(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.check.title);
    // The school year or age shown back, and the answers, in Urdu.
    await expect(page.locator('.govuk-summary-list')).toContainText(ur.answers.when.THIS_WEEK);
    await next(page, ur.check.send);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ur.confirmation.title, {
      timeout: 15_000,
    });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoKeysOrEnglish(page);

    const [subjectStart] = ur.emails.acknowledgement.subject.split('{reference}');
    const mail = await caughtMailTo(address, new RegExp(escapeRegExp(subjectStart!.trim())));
    expect(mail.text).toContain(ur.emails.acknowledgement.thanks);
    expect(mail.text).toContain(ur.emails.danger);
    expect(mail.text).not.toContain('Thank you');
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The public pages a parent reads before sending, each reachable with no answers yet. */
const PAGES = [
  '/report/danger',
  '/report/danger-now',
  '/report/school',
  '/report/child',
  '/report/images',
  '/check',
];

for (const [locale, catalogue, dir] of [
  ['ur', ur, 'rtl'],
  ['pl', pl, 'ltr'],
] as const) {
  test(`the public pages pass axe in ${catalogue.layout.languages} (${locale}, ${dir})`, async ({
    page,
    baseURL,
  }) => {
    test.slow(); // six pages, each scanned
    const site = southvale(baseURL);
    await page.context().addCookies([{ name: 'language', value: locale, url: site }]);
    for (const path of PAGES) {
      await page.goto(`${site}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectNoKeysOrEnglish(page);
      await expectAccessible(page);
    }
  });
}

// Staff pages are written in English, so they say so, however the browser is set: a DSL whose browser asks
// for Urdu must not get English text marked as Urdu and laid out right to left (a screen reader would read
// it in an Urdu voice), nor the parents' header in Urdu around the sign-in form.
test('staff pages stay English and left to right in a browser set to Urdu', async ({ browser, baseURL }) => {
  const site = southvale(baseURL);
  const context = await browser.newContext({ locale: 'ur-PK' });
  await context.addCookies([{ name: 'language', value: 'ur', url: site }]);
  const page = await context.newPage();
  await page.goto(`${site}/report/danger`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');

  for (const path of ['/sign-in', '/forgotten-password']) {
    await page.goto(`${site}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: 'اردو' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
    await expectAccessible(page);
  }

  await signInAs(context, 'dsl.thornbury-high@southvale.example', site);
  await page.goto(`${site}/cases`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle(/Report a concern about a child online/);
  await context.close();
});
