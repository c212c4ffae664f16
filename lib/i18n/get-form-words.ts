import 'server-only';
import { getTranslations } from 'next-intl/server';
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
  const t = await getTranslations('report');
  // Errors, and the notices an action answers with after it worked ("Your message has been sent").
  const { en } = CATALOGUE_MESSAGES;
  const local = CATALOGUE_MESSAGES[locale];
  const pairs = (english: Record<string, string>, words: Record<string, string>) =>
    Object.entries(english).map(([key, text]) => [text, words[key] ?? text]);
  return {
    errors: Object.fromEntries([...pairs(en.errors, local.errors), ...pairs(en.notices, local.notices)]),
    problem: t('problem'),
    errorPrefix: t('errorPrefix'),
    success: t('success'),
  };
}
