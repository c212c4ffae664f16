import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

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

function sign(payload: string): string {
  return createHmac('sha256', `${getEnv().AUTH_SECRET}:provider-flow`).update(payload).digest('base64url');
}

export function encodeProviderFlow(flow: ProviderFlow, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...flow, e: Math.floor(now / 1000) + LIFETIME_SECONDS }),
  ).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeProviderFlow(value: string | undefined, now = Date.now()): ProviderFlow | null {
  const [payload, signature] = (value ?? '').split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const fields = ['providerId', 'state', 'nonce', 'codeVerifier'] as const;
    if (fields.some((f) => typeof data[f] !== 'string') || typeof data.e !== 'number') return null;
    if (data.e * 1000 < now) return null;
    return Object.fromEntries(fields.map((f) => [f, data[f]])) as unknown as ProviderFlow;
  } catch {
    return null;
  }
}
