// The languages the service has catalogues for (messages/<code>.json). No 'server-only': the public
// header and tests read these names too. A language is offered to parents only when its catalogue is
// complete (CATALOGUES) and the partnership chose it (Partnership.languages).

// English first, then Welsh, then the community languages by their English names.
export const LOCALES = ['en', 'cy', 'ar', 'bn', 'pl', 'pa', 'ro', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface Catalogue {
  /** The language's own name for itself, as a parent looks for it in a list. */
  name: string;
  /** Its name in English, for staff ("The parent wrote in Welsh"). */
  englishName: string;
  /** BCP 47 tag for <html lang> and for formatting dates and numbers (Punjabi in Gurmukhi script). */
  tag: string;
  /** 'rtl' lays the page out right to left (Arabic, Urdu): app/layout.tsx sets <html dir>. */
  dir: 'ltr' | 'rtl';
  /** Only a complete catalogue can be offered; the others need review by a fluent reader. */
  status: 'complete' | 'needs-review';
}

export const CATALOGUES: Record<Locale, Catalogue> = {
  en: { name: 'English', englishName: 'English', tag: 'en-GB', dir: 'ltr', status: 'complete' },
  cy: { name: 'Cymraeg', englishName: 'Welsh', tag: 'cy', dir: 'ltr', status: 'complete' },
  ar: { name: 'العربية', englishName: 'Arabic', tag: 'ar', dir: 'rtl', status: 'complete' },
  bn: { name: 'বাংলা', englishName: 'Bengali', tag: 'bn', dir: 'ltr', status: 'complete' },
  pl: { name: 'Polski', englishName: 'Polish', tag: 'pl', dir: 'ltr', status: 'complete' },
  pa: { name: 'ਪੰਜਾਬੀ', englishName: 'Punjabi', tag: 'pa-Guru', dir: 'ltr', status: 'complete' },
  ro: { name: 'Română', englishName: 'Romanian', tag: 'ro', dir: 'ltr', status: 'complete' },
  ur: { name: 'اردو', englishName: 'Urdu', tag: 'ur', dir: 'rtl', status: 'complete' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** What a partnership offers: English always, then each complete catalogue it chose, in LOCALES order. */
export function offeredLocales(chosen: readonly string[] | null | undefined): Locale[] {
  const wanted = new Set(chosen ?? []);
  return LOCALES.filter(
    (locale) => locale === DEFAULT_LOCALE || (wanted.has(locale) && CATALOGUES[locale].status === 'complete'),
  );
}
