// No English left on translated pages (issue 21): the error pages, the proxy's refusal pages, the letter to
// parents and its PDF; a warning staff wrote in English says so on a page in another language.
// An error page is a client component with no catalogue of its own: the public frame hands it its words in
// the parent's language (components/error-words-provider.tsx). The error is forced the way a parent's phone
// meets one: the server answers a form with a failure (500) instead of the page. Staff pages stay English.
// Southvale's demo site offers Welsh, Polish and Urdu (lib/demo/demo-southvale.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from 'use-intl/core';
import type english from '../../messages/en.json';
import { query } from './e2e-db';
import { expectAccessible } from './fixtures';
import { expectNoKeysOrEnglish } from './translated-page';

// Read, not imported: Playwright's loader wants an import attribute on JSON. Tests run from the repository.
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(resolve('messages', `${locale}.json`), 'utf8')) as typeof english;
const en = catalogue('en');

/** "This warning is written in {language}" as a page in `locale` words it. */
const writtenIn = (locale: string, language: string) =>
  createTranslator({ locale, messages: catalogue(locale) as never }).markup(
    'warningLanguage.writtenIn' as never,
    { language } as never,
  );

/** A published warning of the test's own at Southvale, in English unless said; end it when done. */
async function southvaleWarning(title: string): Promise<string> {
  const [warning] = await query<{ id: string }>(
    `INSERT INTO "PlatformWarning" (id, "partnershipId", title, "whatToKnow", "whatToDo", "publishedFrom", "updatedAt")
     SELECT gen_random_uuid(), id, $1, 'Something to know.', 'Something to do.', now() - interval '1 day', now()
     FROM "Partnership" WHERE slug = 'southvale' RETURNING id`,
    [title],
  );
  return warning!.id;
}
const endWarning = (id: string) =>
  query(`UPDATE "PlatformWarning" SET "publishedUntil" = now() WHERE id = $1`, [id]);

const southvale = (baseURL: string | undefined) => {
  const url = new URL(baseURL as string);
  url.hostname = 'southvale.localhost';
  return url.origin;
};

/** The server fails every form posted to `path` (the page itself still loads). */
async function failPostsTo(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path,
    (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' })
        : route.continue(),
  );
}

for (const [locale, dir] of [
  ['cy', 'ltr'],
  ['ur', 'rtl'],
] as const) {
  test(`a public page that fails shows the error page in the parent's language (${locale}, ${dir})`, async ({
    page,
    baseURL,
  }) => {
    const words = catalogue(locale);
    const site = southvale(baseURL);
    await page.context().addCookies([{ name: 'language', value: locale, url: site }]);
    await page.goto(`${site}/report/child`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await failPostsTo(page, '/report/child');
    await page.getByLabel(words.report.child.age).fill('9');
    await page.getByRole('button', { name: words.report.continue, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.errorPage.notSavedTitle);
    await expect(page.getByText(words.errorPage.tooMuch)).toBeVisible();
    await expect(page.getByRole('link', { name: words.errorPage.backToAnswers })).toBeVisible();
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    for (const sentence of [en.errorPage.notSavedTitle, en.errorPage.tooMuch, 'If a child is in danger'])
      await expect(page.locator('main')).not.toContainText(sentence);
    await expectNoKeysOrEnglish(page);
    await expectAccessible(page);
  });
}

for (const [locale, dir] of [
  ['cy', 'ltr'],
  ['ur', 'rtl'],
] as const) {
  test(`a form too big to take is refused before any page runs, in the parent's language (${locale}, ${dir})`, async ({
    page,
    baseURL,
  }) => {
    const words = catalogue(locale);
    const site = southvale(baseURL);
    await page.context().addCookies([{ name: 'language', value: locale, url: site }]);
    await page.goto(`${site}/`);
    // A plain form post of far more than any answer, as a browser sends one without JavaScript.
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/report/description';
      const text = document.createElement('textarea');
      text.name = 'description';
      text.value = 'x'.repeat(200_000);
      form.append(text);
      document.body.append(form);
      form.submit();
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.refusal.tooBig.title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByText(words.refusal.tooBig.noFiles)).toBeVisible();
    await expect(page.getByRole('link', { name: words.refusal.back })).toHaveAttribute(
      'href',
      '/report/description',
    );
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    for (const sentence of [en.refusal.tooBig.title, en.refusal.back, 'If a child is in danger'])
      await expect(page.locator('body')).not.toContainText(sentence);
    await expectAccessible(page);
  });
}

test('a warning staff wrote in English says so on a page in Urdu, its words marked as English', async ({
  page,
  baseURL,
}) => {
  const ur = catalogue('ur');
  const site = southvale(baseURL);
  const title = `English warning ${Date.now()}`;
  const id = await southvaleWarning(title);
  try {
    await page.context().addCookies([{ name: 'language', value: 'ur', url: site }]);
    await page.goto(`${site}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    const warning = page.locator('.govuk-inset-text', { has: page.getByRole('heading', { name: title }) });
    await expect(warning.getByRole('heading', { name: title })).toHaveAttribute('lang', 'en-GB');
    await expect(warning.getByRole('heading', { name: title })).toHaveAttribute('dir', 'ltr');
    await expect(warning.getByText(writtenIn('ur', 'en'))).toBeVisible();
    const text = warning.locator('[lang="en-GB"]', { hasText: 'Something to know.' });
    await expect(text).toHaveAttribute('dir', 'ltr');
    // The page's own words around it stay Urdu, and unmarked.
    await expect(warning.getByRole('heading', { name: ur.start.warnings.know })).not.toHaveAttribute('lang');
    await expectNoKeysOrEnglish(page);
    await expectAccessible(page);

    // In English, the same warning needs no note.
    await page.context().addCookies([{ name: 'language', value: 'en', url: site }]);
    await page.goto(`${site}/`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText(writtenIn('en', 'en'))).toHaveCount(0);
  } finally {
    await endWarning(id);
  }
});

test('a staff page that fails shows the error page in English, whatever the visitor chose on public pages', async ({
  page,
  baseURL,
}) => {
  const site = southvale(baseURL);
  await page.context().addCookies([{ name: 'language', value: 'cy', url: site }]);
  await page.goto(`${site}/sign-in`);
  await failPostsTo(page, '/sign-in');
  await page.getByLabel('Email address').fill('nobody@example.test');
  await page.getByLabel('Password').fill('not a real password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.errorPage.problemTitle);
  await expect(page.locator('main')).not.toContainText(catalogue('cy').errorPage.problemTitle);
  await expectAccessible(page);
});

test('the letter to parents in a language the partnership offers, chosen on the page, and its PDF', async ({
  page,
  baseURL,
}) => {
  const [cy, ur, pl] = [catalogue('cy'), catalogue('ur'), catalogue('pl')];
  const site = southvale(baseURL);
  // A warning of this test's own, ended when it is done so no other spec meets it on the start page.
  const id = await southvaleWarning('Letter language warning');
  try {
    // The page in Welsh (the reader's choice), the letter asked for in Urdu.
    await page.context().addCookies([{ name: 'language', value: 'cy', url: site }]);
    await page.goto(`${site}/warnings/${id}/print?lang=ur`);
    const letter = page.locator('article.warning-letter');
    await expect(letter).toHaveAttribute('lang', 'ur');
    await expect(letter).toHaveAttribute('dir', 'rtl');
    await expect(letter.getByText(ur.warningLetter.dear)).toBeVisible();
    await expect(letter.getByText(writtenIn('ur', 'en'))).toBeVisible();
    await expect(letter.getByRole('heading', { level: 2 }).first()).toHaveText(ur.warningLetter.whatToKnow);
    await expect(letter.getByRole('heading', { level: 1 })).toHaveText('Letter language warning');
    await expect(letter.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
    for (const sentence of ['Dear parent or carer', 'What you should know', 'What you can do', 'Download'])
      await expect(letter).not.toContainText(sentence);
    await expectNoKeysOrEnglish(page);
    await expectAccessible(page);

    // Whoever prints it chooses another offered language, in the page's own language (Welsh).
    await page.getByLabel(cy.warningLetter.languageLabel).selectOption('pl');
    await page.getByRole('button', { name: cy.warningLetter.show }).click();
    await expect(page).toHaveURL(new RegExp(`/warnings/${id}/print\\?lang=pl$`));
    await expect(letter).toHaveAttribute('lang', 'pl');
    await expect(letter.getByText(pl.warningLetter.dear)).toBeVisible();

    // A language the partnership does not offer is not given: the reader's own instead.
    await page.goto(`${site}/warnings/${id}/print?lang=ar`);
    await expect(letter).toHaveAttribute('lang', 'cy');
    await expect(letter.getByText(cy.warningLetter.dear)).toBeVisible();

    // The PDF in the letter's language, named in it too (an ASCII name beside it for older browsers).
    // Fetched by the page: only the browser resolves *.localhost (README "Development notes").
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        type: response.headers.get('content-type'),
        disposition: response.headers.get('content-disposition'),
        start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)),
      };
    }, `/warnings/${id}/pdf?lang=ur`);
    expect(pdf).toMatchObject({ type: 'application/pdf', start: '%PDF-' });
    const disposition = pdf.disposition ?? '';
    expect(disposition).toMatch(/^inline; filename="letter-to-parents\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      `${ur.warningLetter.fileName}.pdf`,
    );
  } finally {
    await endWarning(id);
  }
});
