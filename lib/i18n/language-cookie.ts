import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { languageCookieName } from './language-cookie-name';
import type { Locale } from './locales';

// The parent's choice of language. Not a secret and not personal data; kept a year, so a parent who comes
// back to follow up finds the language they chose. Read through chooseLocale, which refuses a language not
// offered.
function secure(): boolean {
  return getEnv().APP_URL.startsWith('https://');
}

function name(): string {
  return languageCookieName(secure());
}

export async function chosenLanguage(): Promise<string | undefined> {
  return (await cookies()).get(name())?.value;
}

export async function setChosenLanguage(locale: Locale): Promise<void> {
  (await cookies()).set(name(), locale, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(),
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  });
}
