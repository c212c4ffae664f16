import 'server-only';
import { getTranslations } from 'next-intl/server';
import { chosenLanguage } from './language-cookie';
import { asLocale } from './locales';
import { sayIn, type Say } from './say';

/**
 * The public page's words as a Say, for code that answers a parent outside a page (a public action's
 * "something went wrong"): the request's language with the partnership's checked catalogue. When the
 * partnership cannot be read (its database away, often the very error being answered), the language the
 * parent chose on an earlier page, where it was offered; else English.
 */
export async function parentSay(): Promise<Say> {
  try {
    const t = await getTranslations();
    return (key, values) => t(key as never, values as never);
  } catch {
    return sayIn(asLocale(await chosenLanguage().catch(() => undefined)));
  }
}

/** A public action's "something went wrong" (lib/actions/define-action.ts `unexpectedError`). */
export async function parentUnexpectedError(reference: string): Promise<string> {
  return (await parentSay())('errorPage.unexpected', { reference });
}
