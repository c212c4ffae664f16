import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { FormWords } from './form-words';
import { DEFAULT_LOCALE } from './locales';
import { CATALOGUE_MESSAGES } from './messages';
import { requestLocale } from './request-locale';

/**
 * The question form's words in the parent's language, or undefined in English. The zod schemas keep their
 * English messages (one rule for the browser and the server); the page maps each one to the catalogue's
 * `errors` entry whose English text it is, so a message without a translation shows in English.
 */
export async function getFormWords(): Promise<FormWords | undefined> {
  const locale = await requestLocale();
  if (locale === DEFAULT_LOCALE) return undefined;
  const [t, messages] = await Promise.all([getTranslations('report'), getMessages()]);
  const english: Record<string, string> = CATALOGUE_MESSAGES.en.errors;
  // The page's own messages: the partnership's checked version of the language where it has one.
  const local = (messages.errors ?? {}) as Record<string, string>;
  return {
    errors: Object.fromEntries(Object.entries(english).map(([key, text]) => [text, local[key] ?? text])),
    problem: t('problem'),
    errorPrefix: t('errorPrefix'),
  };
}
