import { getLocale, getTranslations } from 'next-intl/server';
import { CATALOGUES, isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The attributes that mark a warning's own words (its title and text) with the language staff wrote them
 * in, so a screen reader reads an English warning on an Urdu page as English, left to right.
 */
export function warningTextLanguage(language: Locale): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: CATALOGUES[language].tag, dir: CATALOGUES[language].dir };
}

/**
 * "This warning is written in English", in the reader's language (the page's, or `locale`: a letter's),
 * when the warning is written in another. Nothing when they are the same.
 */
export async function WarningLanguageNote({ language, locale }: { language: Locale; locale?: Locale }) {
  const reader = locale ?? (await getLocale());
  if (isLocale(reader) && reader === language) return null;
  const t = await getTranslations({ locale: reader, namespace: 'warningLanguage' });
  return <p className="govuk-body-s">{t('writtenIn', { language })}</p>;
}
