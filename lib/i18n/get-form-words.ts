import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { FormWords } from './form-words';
import { DEFAULT_LOCALE } from './locales';
import { CATALOGUE_MESSAGES } from './messages';
import { requestLocale } from './request-locale';

/**
 * The question form's words in the parent's language, or undefined in English. The zod schemas keep their
 * English messages (one rule for the browser and the server); the page maps each one to the catalogue's
 * `errors` (or `notices`) entry whose English text it is, so a message without a translation shows in English.
 */
export async function getFormWords(): Promise<FormWords | undefined> {
  const locale = await requestLocale();
  if (locale === DEFAULT_LOCALE) return undefined;
  const [t, messages] = await Promise.all([getTranslations('report'), getMessages()]);
  // Errors, and the notices an action answers with after it worked ("Your message has been sent"), from the
  // page's own messages: the partnership's checked version of the language where it has one.
  const { en } = CATALOGUE_MESSAGES;
  const local = messages as { errors?: Record<string, string>; notices?: Record<string, string> };
  const pairs = (english: Record<string, string>, words: Record<string, string> | undefined) =>
    Object.entries(english).map(([key, text]) => [text, words?.[key] ?? text]);
  return {
    errors: Object.fromEntries([...pairs(en.errors, local.errors), ...pairs(en.notices, local.notices)]),
    problem: t('problem'),
    errorPrefix: t('errorPrefix'),
    success: t('success'),
  };
}
