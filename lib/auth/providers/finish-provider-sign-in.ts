import 'server-only';
import type { IdTokenClaims } from 'openid-client';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/log';
import { errorName } from './begin-provider-sign-in';
import { matchProviderAccount } from './match-provider-account';
import { recordProviderCheck } from './provider-check';
import { providerClient } from './provider-client';
import { decodeProviderFlow } from './provider-flow-cookie';

export type ProviderRefusal = 'expired' | 'unavailable' | 'failed' | 'no-account';

export type ProviderFinish =
  | {
      ok: true;
      userId: string;
      identityId: string;
      sessionVersion: number;
      totpEnrolled: boolean;
      providerMfa: boolean;
    }
  | { ok: false; reason: ProviderRefusal };

/** Whether the id token says the provider asked for a second factor: its claim holds (or is) "mfa". */
export function usedMfa(claims: IdTokenClaims, claimName: string): boolean {
  const value = claims[claimName];
  return Array.isArray(value) ? value.includes('mfa') : value === 'mfa';
}

/**
 * The provider sent the person back. openid-client checks the state and PKCE against this attempt's
 * signed cookie, swaps the code for tokens, and checks the id token's signature, issuer, audience, nonce
 * and expiry. Then the account is matched (match-provider-account.ts). `providerMfa` is true only when
 * the provider says it used a second factor and the administrator has not asked for ours anyway.
 */
export async function finishProviderSignIn(
  flowCookie: string | undefined,
  callbackUrl: string,
  redirectUri: string,
): Promise<ProviderFinish> {
  const flow = decodeProviderFlow(flowCookie);
  if (!flow) return { ok: false, reason: 'expired' };
  const provider = await getDb().signInProvider.findFirst({ where: { id: flow.providerId, enabled: true } });
  if (!provider) return { ok: false, reason: 'expired' };
  let claims: IdTokenClaims;
  let refreshToken: string | undefined;
  try {
    const client = await providerClient(provider, redirectUri);
    const tokens = await client.callback(redirectUri, client.callbackParams(callbackUrl), {
      state: flow.state,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
    });
    claims = tokens.claims();
    refreshToken = tokens.refresh_token;
  } catch (error) {
    const down = /ETIMEDOUT|ECONNREFUSED|TimeoutError|RequestError/.test(errorName(error));
    logger().warn(
      { event: 'signin.provider.refused', providerId: provider.id, error: errorName(error) },
      'provider sign-in refused',
    );
    return { ok: false, reason: down ? 'unavailable' : 'failed' };
  }
  const match = await matchProviderAccount(provider, claims);
  if (!match.ok) {
    logger().info({ event: 'signin.provider.no-account', providerId: provider.id, reason: match.reason });
    return { ok: false, reason: 'no-account' };
  }
  const { ok, ...account } = match;
  await recordProviderCheck(account.identityId, refreshToken);
  return {
    ok,
    ...account,
    providerMfa: usedMfa(claims, provider.mfaClaim) && !provider.requireOurTotp,
  };
}
