// The words of the proxy's refusal pages (lib/security/refusal-page.ts), from the catalogues. Proxy code:
// no 'server-only', no database, no ICU formatter. These messages have no {placeholders}; the 999
// sentence's <phone> tag is their only markup (tests/unit/refusal-pages.test.ts checks each reads as
// next-intl renders it on a page). A partnership's own reviewed catalogue is not laid over them: that
// would take a database read on the proxy's path.
import type { NextRequest } from 'next/server';
import ar from '@/messages/ar.json';
import bn from '@/messages/bn.json';
import cy from '@/messages/cy.json';
import en from '@/messages/en.json';
import pa from '@/messages/pa.json';
import pl from '@/messages/pl.json';
import ro from '@/messages/ro.json';
import ur from '@/messages/ur.json';
import type { RefusalWords } from '@/lib/security/refusal-page';
import { languageCookieName } from './language-cookie-name';
import { CATALOGUES, DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { isStaffPath } from './staff-paths';

const words = (catalogue: typeof en, locale: Locale): RefusalWords => ({
  ...catalogue.refusal,
  danger: catalogue.errorPage.danger,
  start: catalogue.errorPage.start,
  tag: CATALOGUES[locale].tag,
  dir: CATALOGUES[locale].dir,
});

const WORDS: Record<Locale, RefusalWords> = {
  en: words(en, 'en'),
  cy: words(cy, 'cy'),
  ar: words(ar, 'ar'),
  bn: words(bn, 'bn'),
  pl: words(pl, 'pl'),
  pa: words(pa, 'pa'),
  ro: words(ro, 'ro'),
  ur: words(ur, 'ur'),
};

export function refusalWords(locale: Locale): RefusalWords {
  return WORDS[locale];
}

/**
 * The language of a refusal page: the one the parent chose with the language chooser (its cookie), else
 * English; staff pages' forms are answered in English. The proxy cannot ask which languages the
 * partnership at this address offers without a database read on every refused request, so any language
 * the service has counts: the chooser sets the cookie only to a language the partnership offers, and it
 * is kept for this host alone.
 */
export function refusalLocale(request: NextRequest, https: boolean): Locale {
  if (isStaffPath(request.nextUrl.pathname)) return DEFAULT_LOCALE;
  const chosen = request.cookies.get(languageCookieName(https))?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
