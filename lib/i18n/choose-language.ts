import 'server-only';
import { setChosenLanguage } from './language-cookie';
import { isLocale } from './locales';
import { requestOfferedLocales } from './request-locale';

/**
 * The language chooser's answer (app/(public)/language/route.ts): keeps the choice when the partnership
 * at this address offers that language, and sends the parent back to the page they were on. `back` is
 * client text, so only a path on this site counts; anything else goes to the start page.
 */
export async function chooseLanguage(form: FormData): Promise<Response> {
  const language = form.get('language');
  if (isLocale(language) && (await requestOfferedLocales()).includes(language))
    await setChosenLanguage(language);
  return new Response(null, { status: 303, headers: { location: samePagePath(form.get('back')) } });
}

/** A path on this site ("/report/child?x=1"), never another site ("//evil.example", "/\\evil"). */
export function samePagePath(back: unknown): string {
  if (typeof back !== 'string' || back.length > 500) return '/';
  return /^\/(?![/\\])[^\s\\]*$/.test(back) ? back : '/';
}
