import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { newDraftToken } from './report-draft';

const NAME = 'report_journey';

/** The journey's token from its HttpOnly cookie, if the browser has one. */
export async function journeyToken(): Promise<string | undefined> {
  return (await cookies()).get(NAME)?.value;
}

/** The journey's token, making one (and its cookie) on the first answer. Only in actions. */
export async function ensureJourneyToken(): Promise<string> {
  const existing = await journeyToken();
  if (existing) return existing;
  const token = newDraftToken();
  (await cookies()).set(NAME, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().APP_URL.startsWith('https://'),
    path: '/',
    // A session cookie: closing the browser forgets the journey. The row expires on its own.
  });
  return token;
}

export async function clearJourneyCookie(): Promise<void> {
  (await cookies()).delete(NAME);
}
