import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { CATALOGUES, type Locale } from '@/lib/i18n/locales';
import { PAGE_PATH_HEADER } from '@/lib/i18n/page-path';

/**
 * The public header's language list: each language the partnership offers, in its own name and
 * language, as a button in one plain form posting to /language, which comes back to this page. Works
 * without JavaScript. Nothing is shown when the partnership offers English only.
 */
export async function LanguageChooser({ offered, current }: { offered: Locale[]; current: Locale }) {
  if (offered.length < 2) return null;
  const [t, requestHeaders] = await Promise.all([getTranslations('layout'), headers()]);
  return (
    <form method="post" action="/language" className="app-language">
      <FormReferrerPolicy />
      <input type="hidden" name="back" value={requestHeaders.get(PAGE_PATH_HEADER) ?? '/'} />
      <h2 className="govuk-visually-hidden">{t('languages')}</h2>
      <ul className="app-language__list">
        {offered.map((locale) => (
          <li key={locale} className="app-language__item" lang={CATALOGUES[locale].tag}>
            {locale === current ? (
              <span className="app-language__current" aria-current="true">
                {CATALOGUES[locale].name}
              </span>
            ) : (
              <button type="submit" name="language" value={locale} className="app-header__sign-out">
                {CATALOGUES[locale].name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </form>
  );
}
