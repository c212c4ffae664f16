import 'server-only';
import { getEnv } from '@/lib/env';
import { PROVIDER_TIMEOUT_MS } from './provider-client';
import { providerFetchTarget } from './provider-fetch-target';

/** A discovery document is a few kilobytes; anything much bigger is not one. */
const MAX_BYTES = 64 * 1024;

/** What an administrator sees of a provider's discovery document: public facts, no tokens, no secrets. */
export interface DiscoverySummary {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  userinfoEndpoint: string | null;
  jwksUri: string;
  claimsSupported: string[];
  scopesSupported: string[];
}

export type DiscoveryResult =
  | { ok: true; document: DiscoverySummary }
  | { ok: false; reason: 'address' | 'redirect' | 'too-large' | 'status' | 'unreachable' | 'not-discovery' };

/**
 * Reads `<issuer>/.well-known/openid-configuration` for "Test this connection": only from an address the
 * server may fetch (provider-fetch-target.ts), following no redirect, within the sign-in's own timeout and
 * at most 64 KB. Nothing is sent but the GET: no client id, no secret.
 */
export async function readDiscoveryDocument(issuerUrl: string): Promise<DiscoveryResult> {
  const base = issuerUrl.replace(/\/$/, '');
  const target = await providerFetchTarget(
    `${base}/.well-known/openid-configuration`,
    getEnv().NODE_ENV === 'production',
  );
  if (!target) return { ok: false, reason: 'address' };
  let response: Response;
  try {
    response = await fetch(target, {
      redirect: 'manual',
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (response.status >= 300 && response.status < 400) return { ok: false, reason: 'redirect' };
  if (!response.ok) return { ok: false, reason: 'status' };
  const body = await readLimited(response);
  if (body === null) return { ok: false, reason: 'too-large' };
  const document = summarise(body);
  return document ? { ok: true, document } : { ok: false, reason: 'not-discovery' };
}

async function readLimited(response: Response): Promise<string | null> {
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) return null;
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done || !value) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.length <= 500 ? v : null);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length <= 100).slice(0, 50) : [];

function summarise(body: string): DiscoverySummary | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return null;
  }
  const issuer = text(raw?.issuer);
  const authorizationEndpoint = text(raw?.authorization_endpoint);
  const tokenEndpoint = text(raw?.token_endpoint);
  const jwksUri = text(raw?.jwks_uri);
  if (!issuer || !authorizationEndpoint || !tokenEndpoint || !jwksUri) return null;
  return {
    issuer,
    authorizationEndpoint,
    tokenEndpoint,
    userinfoEndpoint: text(raw.userinfo_endpoint),
    jwksUri,
    claimsSupported: list(raw.claims_supported),
    scopesSupported: list(raw.scopes_supported),
  };
}
