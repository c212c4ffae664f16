// The pages proxy.ts answers itself (a POST from another site, too big, unreadable) speak the parent's
// language: the language chooser's cookie, English on staff pages.
import { NextRequest } from 'next/server';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { refusalLocale, refusalWords } from '@/lib/i18n/refusal-words';
import { escapeHtml } from '@/lib/security/escape-html';
import { malformedPostResponse } from '@/lib/security/malformed-post';
import { oversizedPostResponse } from '@/lib/security/oversized-post';
import { crossOriginPostResponse, type RefusalWords } from '@/lib/security/refusal-page';

const post = (url: string) => new Request(url, { method: 'POST' });
const context = (locale: Locale = 'en') => ({ requestId: 'req', nonce: 'n', words: refusalWords(locale) });
const page = (locale: Locale, url = 'https://report.example/report/description') =>
  oversizedPostResponse(post(url), context(locale)).text();

describe('the page for a form too big to take', () => {
  it('links back to the form it came from, so a parent can shorten what they wrote', async () => {
    const response = oversizedPostResponse(post('https://report.example/report/description?x=1'), context());
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('<a href="/report/description?x=1">Go back to the page you were on</a>');
  });

  it('never links to another site, whatever the path looks like', async () => {
    for (const url of ['https://report.example//evil.example/x', 'https://report.example/\\evil.example']) {
      const html = await page('en', url);
      expect(html).not.toMatch(/href="[/\\]{2}/);
    }
    const html = await page('en', 'https://report.example/a"><script>');
    expect(html).not.toContain('<script>');
  });
});

describe('refusal pages in the parent’s language', () => {
  it('say what went wrong in Welsh, left to right, and in Urdu, right to left', async () => {
    const welsh = await page('cy');
    expect(welsh).toMatch(/^<!doctype html><html lang="cy" dir="ltr">/);
    expect(welsh).toContain(`<h1>${escapeHtml(CATALOGUE_MESSAGES.cy.refusal.tooBig.title)}</h1>`);
    const urdu = await page('ur');
    expect(urdu).toMatch(/^<!doctype html><html lang="ur" dir="rtl">/);
    expect(urdu).toContain(`<h1>${CATALOGUE_MESSAGES.ur.refusal.tooBig.title}</h1>`);
    expect(urdu).toContain('<a href="tel:999">999</a>');
    for (const sentence of ['Sorry', 'Go back', 'If a child is in danger', 'start page'])
      expect(urdu).not.toContain(sentence);
    expect(await page('en')).toMatch(/^<!doctype html><html lang="en-GB" dir="ltr">/);
  });

  it('shows every language’s words as text, with no markup but the page’s own', async () => {
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'p', 'a']);
    for (const locale of LOCALES) {
      const request = post('https://report.example/report/child');
      for (const response of [
        oversizedPostResponse(request, context(locale)),
        malformedPostResponse(request, context(locale)),
        crossOriginPostResponse(request, context(locale)),
      ]) {
        const html = await response.text();
        const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]?.toLowerCase());
        expect(
          tags.filter((tag) => !allowed.has(tag as string)),
          locale,
        ).toEqual([]);
        expect((html.match(/<a /g) ?? []).length, locale).toBe(3);
      }
    }
  });

  it('has every word in every language, reading as next-intl renders it on a page', () => {
    const shown = (words: RefusalWords): Record<string, string> => ({
      'refusal.back': words.back,
      'refusal.tooBig.title': words.tooBig.title,
      'refusal.tooBig.notSaved': words.tooBig.notSaved,
      'refusal.tooBig.noFiles': words.tooBig.noFiles,
      'refusal.broken.title': words.broken.title,
      'refusal.broken.notSaved': words.broken.notSaved,
      'refusal.broken.tryAgain': words.broken.tryAgain,
      'refusal.otherSite.title': words.otherSite.title,
      'refusal.otherSite.notSaved': words.otherSite.notSaved,
      'errorPage.start': words.start,
      // The page links the number itself (tel:999); as text, the sentence is the page's.
      'errorPage.danger': words.danger.replace(/<\/?phone>/g, ''),
    });
    const english = shown(refusalWords('en'));
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: CATALOGUE_MESSAGES[locale] as Record<string, unknown> as never,
      });
      for (const [key, text] of Object.entries(shown(refusalWords(locale)))) {
        expect(text, `${locale} ${key}`).toBe(t.markup(key as never, { phone: (c: string) => c } as never));
        if (locale !== 'en') expect(text, `${locale} ${key} is left in English`).not.toBe(english[key]);
      }
    }
  });

  it('take the language from the chooser’s cookie, any the service has, and English on staff pages', () => {
    const request = (path: string, cookie: string) =>
      new NextRequest(`https://report.example${path}`, { method: 'POST', headers: { cookie } });
    expect(refusalLocale(request('/report/child', 'language=ur'), false)).toBe('ur');
    expect(refusalLocale(request('/check', 'other=1; language=cy'), false)).toBe('cy');
    expect(refusalLocale(request('/report/child', 'language=xx'), false)).toBe('en');
    expect(refusalLocale(request('/report/child', ''), false)).toBe('en');
    expect(refusalLocale(request('/sign-in', 'language=cy'), false)).toBe('en');
    expect(refusalLocale(request('/admin/staff', 'language=ur'), false)).toBe('en');
    // Over HTTPS the cookie is __Host-language; a plain "language" cookie there is not the chooser's.
    expect(refusalLocale(request('/report/child', '__Host-language=pl'), true)).toBe('pl');
    expect(refusalLocale(request('/report/child', 'language=pl'), true)).toBe('en');
  });
});
