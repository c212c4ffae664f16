import 'server-only';
import { createTranslator } from 'use-intl/core';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';
import { CATALOGUES, type Locale } from '@/lib/i18n/locales';

/** The PDF letter's own words (catalogue `warningLetter`); the warning itself is as staff wrote it. */
export interface LetterWords {
  locale: Locale;
  /** The BCP 47 tag for the PDF's language and the date. */
  tag: string;
  from: (partnership: string) => string;
  dear: string;
  /** "This warning is written in English", said when the warning is in another language than the letter. */
  writtenIn: (language: Locale) => string | null;
  whatToKnow: string;
  whatToDo: string;
  danger: string;
  /** The PDF's file name, without its extension. */
  fileName: string;
}

/** The part of a next-intl translator (getTranslations' or createTranslator's, over the whole catalogue). */
interface Translator {
  (key: string, values?: Record<string, string>): string;
  markup: (key: string, values: Record<string, (chunks: string) => string>) => string;
}

export function letterWords(translator: unknown, locale: Locale): LetterWords {
  const t = translator as Translator;
  return {
    locale,
    tag: CATALOGUES[locale].tag,
    from: (partnership) => t('warningLetter.from', { partnership }),
    dear: t('warningLetter.dear'),
    writtenIn: (language) => (language === locale ? null : t('warningLanguage.writtenIn', { language })),
    whatToKnow: t('warningLetter.whatToKnow'),
    whatToDo: t('warningLetter.whatToDo'),
    // A PDF holds no link: the 999 sentence's words only.
    danger: t.markup('warningLetter.danger', { phone: (chunks) => chunks }),
    fileName: t('warningLetter.fileName'),
  };
}

/** The letter in English, for code without a request (tests, jobs). */
export const ENGLISH_LETTER: LetterWords = letterWords(
  createTranslator({
    locale: 'en',
    messages: CATALOGUE_MESSAGES.en as Record<string, unknown> as never,
  }),
  'en',
);
