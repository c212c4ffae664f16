import 'server-only';
// use-intl's React-free core (the translator next-intl itself re-exports): this runs in the worker and the
// scripts too, outside Next, where next-intl's entry would load React's client hooks.
import { createTranslator } from 'use-intl/core';
import { asLocale, CATALOGUES, type Locale } from './locales';
import { CATALOGUE_MESSAGES } from './messages';

/**
 * A translator over a whole catalogue: getTranslations() on a page, sayIn(concern.language) where there is
 * no request (an email, a PDF, a job). lib/ verbs that produce words take one and default to English.
 */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/** The catalogue of `locale` as a Say, with dates in UK time. */
export function sayIn(locale: Locale): Say {
  const translate = createTranslator({
    locale,
    messages: CATALOGUE_MESSAGES[locale] as Record<string, unknown> as never,
    timeZone: 'Europe/London',
  });
  return (key, values) => translate(key as never, values as never);
}

export const ENGLISH: Say = sayIn('en');

/** The words and tag an email to a parent is written in (lib/email/templates/render-email.ts). */
export function emailLanguage(language: string): { say: Say; tag: string } {
  const locale = asLocale(language);
  return { say: sayIn(locale), tag: CATALOGUES[locale].tag };
}
