// next-intl's per-request configuration (next.config.ts points its plugin here). No locale in the URL:
// the language comes from lib/i18n/request-locale.ts. Catalogues are read on the server only; pages that
// need no messages in the browser get no NextIntlClientProvider, so they add no client JavaScript.
import { getRequestConfig } from 'next-intl/server';
import { CATALOGUE_MESSAGES } from './messages';
import { requestLocale } from './request-locale';

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: CATALOGUE_MESSAGES[locale], timeZone: 'Europe/London' };
});
