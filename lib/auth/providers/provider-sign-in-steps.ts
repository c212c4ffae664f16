import 'server-only';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { landingPage } from '../sign-in/landing-page';
import { startPendingSignIn } from '../sign-in/pending-sign-in';
import { startStaffSession } from '../sign-in/start-staff-session';
import { newTotpSecret } from '../totp';
import { beginProviderSignIn } from './begin-provider-sign-in';
import { finishProviderSignIn } from './finish-provider-sign-in';
import { providerCallbackUri } from './provider-callback-uri';
import { PROVIDER_FLOW_MAX_AGE, providerFlowCookieName } from './provider-flow-cookie';

// The two requests of a work account sign-in, for the route handlers under app/(staff-auth)/sign-in/provider:
// each returns where the browser goes next. The caller passes the partnership this address serves and the
// host (lib/partnerships/get-public-partnership.ts, which lib/auth may not import); the account
// then ends in the same StaffSession the password path creates (start-staff-session.ts), or at our
// authenticator step with the same pending cookie.

export async function startProviderSignInHere(
  providerId: string,
  partnershipId: string | null,
  host: string | null,
): Promise<string> {
  if (!partnershipId) return '/sign-in?provider=unknown';
  const start = await beginProviderSignIn(providerId, partnershipId, providerCallbackUri(host));
  if (!start.ok) return `/sign-in?provider=${start.reason}`;
  (await cookies()).set(providerFlowCookieName(), start.flowCookie, {
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET, which carries it.
    sameSite: 'lax',
    secure: getEnv().APP_URL.startsWith('https://'),
    path: '/',
    maxAge: PROVIDER_FLOW_MAX_AGE,
  });
  return start.authorizationUrl;
}

export async function finishProviderSignInHere(callbackUrl: string, host: string | null): Promise<string> {
  const jar = await cookies();
  const flowCookie = jar.get(providerFlowCookieName())?.value;
  // Used once, whatever happens next: a replayed callback finds no attempt to finish.
  jar.delete(providerFlowCookieName());
  const result = await finishProviderSignIn(flowCookie, callbackUrl, providerCallbackUri(host));
  if (!result.ok) return `/sign-in?provider=${result.reason}`;
  if (result.providerMfa) {
    await startStaffSession(result.userId, 'provider', result.identityId);
    return landingPage(result.userId);
  }
  if (!result.totpEnrolled) {
    // As after a password: a fresh secret each time until one is confirmed.
    await getDb().staffUser.update({ where: { id: result.userId }, data: { totpSecret: newTotpSecret() } });
  }
  await startPendingSignIn(result.userId, result.sessionVersion, result.identityId);
  return result.totpEnrolled ? '/sign-in/code' : '/sign-in/set-up-authenticator';
}
