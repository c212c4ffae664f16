import 'server-only';
import { getEnv } from '@/lib/env';
import { openSignedValue, sealSignedValue } from '../signed-value';

/**
 * While the browser is away at the provider it holds one short-lived cookie, signed by the server: which
 * provider, and the state, nonce and PKCE verifier of this one attempt. The callback needs all four to
 * match what comes back, so a callback from another attempt, another browser or a tampered redirect is
 * refused. The cookie is deleted as the callback is read, so a replayed callback finds none.
 */
const LIFETIME_SECONDS = 10 * 60;

export interface ProviderFlow {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function providerFlowCookieName(): string {
  return getEnv().APP_URL.startsWith('https://') ? '__Host-sg.provider' : 'sg.provider';
}

export const PROVIDER_FLOW_MAX_AGE = LIFETIME_SECONDS;

const PURPOSE = 'provider-flow';
const FIELDS = ['providerId', 'state', 'nonce', 'codeVerifier'] as const;

export function encodeProviderFlow(flow: ProviderFlow, now = Date.now()): string {
  return sealSignedValue(PURPOSE, { ...flow }, LIFETIME_SECONDS, now);
}

export function decodeProviderFlow(value: string | undefined, now = Date.now()): ProviderFlow | null {
  const data = openSignedValue(PURPOSE, value, now);
  if (!data || FIELDS.some((f) => typeof data[f] !== 'string')) return null;
  return Object.fromEntries(FIELDS.map((f) => [f, data[f]])) as unknown as ProviderFlow;
}
