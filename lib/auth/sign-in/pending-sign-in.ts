import 'server-only';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { openSignedValue, sealSignedValue } from '../signed-value';

/**
 * Between the password and the authenticator code, the browser holds a short-lived cookie signed by the
 * server: whose password was right, and that account's session version then. The client cannot forge or
 * extend it; a password reset or deactivation in between makes it worthless.
 */
const LIFETIME_SECONDS = 10 * 60;
const PURPOSE = 'pending-sign-in';

export interface PendingSignIn {
  userId: string;
  email: string;
  name: string;
  totpSecret: string | null;
  totpEnrolled: boolean;
  /** Signed in through a work account (whose provider did not report mfa): its identity. */
  identityId?: string;
}

function cookieName(): string {
  return getEnv().APP_URL.startsWith('https://') ? '__Host-sg.signin' : 'sg.signin';
}

export function encodePending(
  userId: string,
  sessionVersion: number,
  now = Date.now(),
  identityId?: string,
): string {
  const data = { u: userId, v: sessionVersion, ...(identityId ? { i: identityId } : {}) };
  return sealSignedValue(PURPOSE, data, LIFETIME_SECONDS, now);
}

export function decodePending(
  value: string,
  now = Date.now(),
): { userId: string; sessionVersion: number; identityId?: string } | null {
  const data = openSignedValue(PURPOSE, value, now);
  if (!data || typeof data.u !== 'string' || typeof data.v !== 'number') return null;
  const identityId = typeof data.i === 'string' ? data.i : undefined;
  return { userId: data.u, sessionVersion: data.v, ...(identityId ? { identityId } : {}) };
}

export async function startPendingSignIn(
  userId: string,
  sessionVersion: number,
  identityId?: string,
): Promise<void> {
  const secure = getEnv().APP_URL.startsWith('https://');
  (await cookies()).set(cookieName(), encodePending(userId, sessionVersion, Date.now(), identityId), {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: LIFETIME_SECONDS,
  });
}

export async function endPendingSignIn(): Promise<void> {
  (await cookies()).delete(cookieName());
}

/** The account whose password was just right, if the cookie is genuine, fresh and still current. */
export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  const value = (await cookies()).get(cookieName())?.value;
  const pending = value ? decodePending(value) : null;
  if (!pending) return null;
  const user = await getDb().staffUser.findUnique({
    where: { id: pending.userId },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      sessionVersion: true,
      totpSecret: true,
      totpEnrolledAt: true,
    },
  });
  if (!user || !user.active || user.sessionVersion !== pending.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    totpSecret: user.totpSecret,
    totpEnrolled: user.totpEnrolledAt !== null,
    ...(pending.identityId ? { identityId: pending.identityId } : {}),
  };
}
