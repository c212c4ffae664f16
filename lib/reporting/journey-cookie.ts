import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';

// Served over HTTPS (every real deployment): __Host- prefixed and Secure, so the browser takes the cookie
// only from this exact host, for path /, over HTTPS: a sibling subdomain or a plain-http response cannot
// plant one. Over plain http (local development) browsers refuse both, so the name is unprefixed there,
// as the staff session cookie's is (lib/auth/auth-options.ts).
function secure(): boolean {
  return getEnv().APP_URL.startsWith('https://');
}

function name(): string {
  return secure() ? '__Host-report_journey' : 'report_journey';
}

function options() {
  // A session cookie: closing the browser forgets the journey. The row expires on its own.
  return { httpOnly: true, sameSite: 'lax', secure: secure(), path: '/' } as const;
}

/** The journey's token from its HttpOnly cookie, if the browser has one. Only rows the server made open. */
export async function journeyToken(): Promise<string | undefined> {
  return (await cookies()).get(name())?.value;
}

/** Hands the browser its journey's token (a new journey, or the one it moved to on sending). Actions only. */
export async function setJourneyCookie(token: string): Promise<void> {
  (await cookies()).set(name(), token, options());
}

export async function clearJourneyCookie(): Promise<void> {
  // With the same attributes it was set with: a browser ignores a __Host- cookie without Secure and Path=/.
  (await cookies()).set(name(), '', { ...options(), maxAge: 0 });
}
