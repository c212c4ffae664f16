import 'server-only';
import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';

/**
 * For a file upload's route handler, where proxy.ts (which refuses cross-site POSTs everywhere else) does
 * not run: a page elsewhere must not be able to post a file with the administrator's cookie.
 * Sec-Fetch-Site says where a browser's request came from; without it, the Origin must be ours.
 */
export function sameOrigin(request: NextRequest): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite === 'same-origin';
  const origin = request.headers.get('origin');
  return origin === new URL(getEnv().APP_URL).origin || origin === request.nextUrl.origin;
}
