import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { chooseLocale } from './choose-locale';
import { chosenLanguage } from './language-cookie';
import { offeredLocales } from './catalogue-status';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { PAGE_PATH_HEADER } from './page-path';
import { isStaffPath } from './staff-paths';

/** The languages the partnership at this address offers its parents (English first, always). */
export const requestOfferedLocales = cache(async (): Promise<Locale[]> => {
  const partnership = await getPublicPartnership();
  return offeredLocales(partnership?.languages);
});

/** Whether this request is for a staff page (lib/i18n/staff-paths.ts), from the path proxy.ts passes on. */
export const isStaffRequest = cache(async (): Promise<boolean> => {
  const path = (await headers()).get(PAGE_PATH_HEADER);
  return path !== null && isStaffPath(path);
});

/**
 * This request's language: the chooser's cookie, else the browser's, each only if the partnership at this
 * address offers it; else English. Staff pages are in English and do not ask.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  if (await isStaffRequest()) return DEFAULT_LOCALE;
  const [offered, chosen, requestHeaders] = await Promise.all([
    requestOfferedLocales(),
    chosenLanguage(),
    headers(),
  ]);
  return chooseLocale({ chosen, acceptLanguage: requestHeaders.get('accept-language'), offered });
});

/**
 * The language a page was asked for in its address (a letter to parents printed in one of the offered
 * languages: `?lang=ur`), when the partnership offers it; else this request's language.
 */
export async function askedLocale(asked: unknown): Promise<Locale> {
  const offered = await requestOfferedLocales();
  return isLocale(asked) && offered.includes(asked) ? asked : requestLocale();
}
