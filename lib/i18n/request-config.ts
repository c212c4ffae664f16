// next-intl's per-request configuration (next.config.ts points its plugin here). No locale in the URL:
// the language comes from lib/i18n/request-locale.ts. Catalogues are read on the server only; pages that
// need no messages in the browser get no NextIntlClientProvider, so they add no client JavaScript.
// A partnership that uploaded its own checked version of a language gets it (lib/i18n/partnership-messages.ts).
import { getRequestConfig } from 'next-intl/server';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { isLocale } from './locales';
import { partnershipMessages } from './partnership-messages';
import { requestLocale } from './request-locale';

export default getRequestConfig(async ({ locale: asked }) => {
  // getTranslations({ locale }) asks for one language by name (a letter printed in a chosen language,
  // lib/i18n/request-locale.ts askedLocale decides which may be asked for); else this request's.
  const [locale, partnership] = await Promise.all([
    isLocale(asked) ? asked : requestLocale(),
    getPublicPartnership(),
  ]);
  const messages = await partnershipMessages(partnership?.id ?? null, locale);
  return { locale, messages, timeZone: 'Europe/London' };
});
