import 'server-only';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import type { SessionUser } from './live-session';

/** How long a proven second factor covers exporting, passing a case on and placing a legal hold. */
export const FRESH_FACTOR_MINUTES = 15;

/**
 * The one rule for step-up: whether this session proved a second factor (our authenticator or a recovery
 * code, or the provider's mfa at sign-in) in the last 15 minutes. A stolen or unattended session can still
 * read, but cannot carry a whole record away or move it without the person's phone.
 */
export async function hasFreshFactor(user: SessionUser, now = new Date()): Promise<boolean> {
  const session = await getDb().staffSession.findFirst({
    where: { id: user.sessionId, userId: user.id, revokedAt: null },
    select: { factorProvenAt: true },
  });
  const since = now.getTime() - FRESH_FACTOR_MINUTES * 60_000;
  return session?.factorProvenAt != null && session.factorProvenAt.getTime() >= since;
}

/**
 * For the routes and actions that export, pass on or hold: sends a stale session to /sign-in/confirm,
 * which comes back to `returnTo` (a page, since the browser cannot be sent back to a form post).
 */
export async function requireFreshFactor(user: SessionUser, returnTo: string): Promise<void> {
  if (await hasFreshFactor(user)) return;
  redirect(`/sign-in/confirm?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
}

/**
 * A path on this site, or "/": never another host ("//evil", "/\evil", "https://…"), nor anything with
 * control characters a browser might strip into one.
 */
export function safeReturnPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  return next;
}
