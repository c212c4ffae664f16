import 'server-only';
import { NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { CLEAR_SITE_DATA } from '@/lib/security/clear-site-data';
import { authOptions } from './auth-options';
import { signOutEverywhere } from './revoke-sessions';
import { getSessionUser } from './session';

/**
 * Ends every session of the signed-in member of staff (the rule: sign-out ends them all), then
 * clears the cookie. A cross-site POST carries no session cookie (SameSite=Lax), so it signs nobody out.
 */
export async function signOut(): Promise<Response> {
  const user = await getSessionUser();
  if (user) await signOutEverywhere(user.id);
  const response = NextResponse.redirect(new URL('/signed-out', getEnv().APP_URL), 303);
  const cookie = authOptions().cookies!.sessionToken!;
  response.cookies.set(cookie.name, '', { ...cookie.options, maxAge: 0 });
  // Also asks the browser to drop every cookie for this site (next-auth's CSRF cookie included) and more.
  response.headers.set('Clear-Site-Data', CLEAR_SITE_DATA);
  return response;
}
