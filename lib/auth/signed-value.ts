import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

/**
 * A short-lived value the browser keeps for the server between two requests (the pending sign-in, a work
 * account sign-in's attempt): JSON with its expiry, HMAC-signed with AUTH_SECRET under a purpose of its
 * own, so one kind can never be passed off as the other. The client can read it, not forge or extend it.
 */
function sign(purpose: string, payload: string): string {
  return createHmac('sha256', `${getEnv().AUTH_SECRET}:${purpose}`).update(payload).digest('base64url');
}

export function sealSignedValue(
  purpose: string,
  data: Record<string, unknown>,
  lifetimeSeconds: number,
  now = Date.now(),
): string {
  const payload = Buffer.from(
    JSON.stringify({ ...data, e: Math.floor(now / 1000) + lifetimeSeconds }),
  ).toString('base64url');
  return `${payload}.${sign(purpose, payload)}`;
}

/** The value's data if its signature is genuine and it has not expired; null otherwise. */
export function openSignedValue(
  purpose: string,
  value: string | undefined,
  now = Date.now(),
): Record<string, unknown> | null {
  const [payload, signature] = (value ?? '').split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString()) as unknown;
    if (typeof data !== 'object' || data === null) return null;
    const { e, ...rest } = data as Record<string, unknown>;
    return typeof e === 'number' && e * 1000 >= now ? rest : null;
  } catch {
    return null;
  }
}
