import 'server-only';
import { generators, type Client } from 'openid-client';
import { getDb } from '@/lib/db';
import type { SignInProviderKind } from '@/lib/generated/prisma/enums';
import { logger } from '@/lib/log';
import { providerClient } from './provider-client';
import { encodeProviderFlow } from './provider-flow-cookie';

export type ProviderStart =
  | { ok: true; authorizationUrl: string; flowCookie: string }
  | { ok: false; reason: 'unknown' | 'unavailable' };

/** The enabled providers a sign-in page offers: those of the partnership its address serves. */
export function listEnabledProviders(partnershipId: string) {
  return getDb().signInProvider.findMany({
    where: { partnershipId, enabled: true },
    select: { id: true, displayName: true },
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Sends a member of staff to their provider: only an enabled provider of the partnership this address
 * serves (the id in the link is checked against it), with a fresh state, nonce and PKCE verifier.
 */
export async function beginProviderSignIn(
  providerId: string,
  partnershipId: string,
  redirectUri: string,
): Promise<ProviderStart> {
  if (!/^[0-9a-f-]{36}$/.test(providerId)) return { ok: false, reason: 'unknown' };
  const provider = await getDb().signInProvider.findFirst({
    where: { id: providerId, partnershipId, enabled: true },
  });
  if (!provider) return { ok: false, reason: 'unknown' };
  try {
    const client = await providerClient(provider, redirectUri);
    const flow = {
      providerId,
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
    };
    const authorizationUrl = client.authorizationUrl({
      ...offlineAccess(provider.kind, client),
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: generators.codeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { ok: true, authorizationUrl, flowCookie: encodeProviderFlow(flow) };
  } catch (error) {
    logger().warn(
      { event: 'signin.provider.unavailable', providerId, error: errorName(error) },
      'provider down',
    );
    return { ok: false, reason: 'unavailable' };
  }
}

/**
 * Asks for a refresh token, so the person can be re-checked every 12 hours without signing in again
 * (recheck-work-accounts.ts): the offline_access scope where the provider lists it (Entra, most OpenID
 * Connect providers), Google's own access_type. A provider that gives none has its sessions end after 12.
 */
function offlineAccess(kind: SignInProviderKind, client: Client) {
  const supported = client.issuer.metadata.scopes_supported;
  const offline = Array.isArray(supported) && supported.includes('offline_access');
  return {
    scope: offline ? 'openid email profile offline_access' : 'openid email profile',
    ...(kind === 'GOOGLE' ? { access_type: 'offline' } : {}),
  };
}

/** A name for the logs, never a message that could hold a token or an address. */
export function errorName(error: unknown): string {
  return error instanceof Error
    ? `${error.name}${'code' in error ? `:${String(error.code)}` : ''}`
    : 'unknown';
}
