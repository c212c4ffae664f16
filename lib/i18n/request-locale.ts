import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { chooseLocale } from './choose-locale';
import { chosenLanguage } from './language-cookie';
import { offeredLocales } from './catalogue-status';
import type { Locale } from './locales';

/** The languages the partnership at this address offers its parents (English first, always). */
export const requestOfferedLocales = cache(async (): Promise<Locale[]> => {
  const partnership = await getPublicPartnership();
  return offeredLocales(partnership?.languages);
});

/**
 * This request's language: the chooser's cookie, else the browser's, each only if the partnership at this
 * address offers it; else English. Staff pages are in English and do not ask.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [offered, chosen, requestHeaders] = await Promise.all([
    requestOfferedLocales(),
    chosenLanguage(),
    headers(),
  ]);
  return chooseLocale({ chosen, acceptLanguage: requestHeaders.get('accept-language'), offered });
});
