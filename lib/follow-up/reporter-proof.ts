import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

// After a correct reference and receipt, the browser gets a short-lived proof instead of the receipt: the
// concern's id and an expiry, signed with AUTH_SECRET. The receipt itself never leaves the form.
export const PROOF_MINUTES = 20;

function sign(payload: string): string {
  return createHmac('sha256', getEnv().AUTH_SECRET).update(`reporter-proof:${payload}`).digest('base64url');
}

export function makeProof(concernId: string, now = Date.now()): string {
  const payload = `${concernId}.${now + PROOF_MINUTES * 60_000}`;
  return `${payload}.${sign(payload)}`;
}

/** The concern id a proof stands for, or null when it is forged or out of time. */
export function readProof(proof: string | undefined, now = Date.now()): string | null {
  const parts = proof?.split('.');
  if (!parts || parts.length !== 3) return null;
  const [concernId, expires, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${concernId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now ? concernId : null;
}
