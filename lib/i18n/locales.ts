// The languages the service has catalogues for (messages/<code>.json). No 'server-only': the public
// header and tests read these names too. A language is offered to parents only when its catalogue is
// complete (lib/i18n/catalogue-status.ts works that out) and the partnership chose it
// (Partnership.languages).

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
}

export const CATALOGUES: Record<Locale, Catalogue> = {
  en: { name: 'English', englishName: 'English', tag: 'en-GB', dir: 'ltr' },
  cy: { name: 'Cymraeg', englishName: 'Welsh', tag: 'cy', dir: 'ltr' },
  ar: { name: 'العربية', englishName: 'Arabic', tag: 'ar', dir: 'rtl' },
  bn: { name: 'বাংলা', englishName: 'Bengali', tag: 'bn', dir: 'ltr' },
  pl: { name: 'Polski', englishName: 'Polish', tag: 'pl', dir: 'ltr' },
  pa: { name: 'ਪੰਜਾਬੀ', englishName: 'Punjabi', tag: 'pa-Guru', dir: 'ltr' },
  ro: { name: 'Română', englishName: 'Romanian', tag: 'ro', dir: 'ltr' },
  ur: { name: 'اردو', englishName: 'Urdu', tag: 'ur', dir: 'rtl' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A stored language (`Concern.language`) as a catalogue: English for one the service no longer has. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
