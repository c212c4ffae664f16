import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

/**
 * Between the password and the authenticator code, the browser holds a short-lived cookie signed by the
 * server: whose password was right, and that account's session version then. The client cannot forge or
 * extend it; a password reset or deactivation in between makes it worthless.
 */
const LIFETIME_SECONDS = 10 * 60;

export interface PendingSignIn {
  userId: string;
  email: string;
  name: string;
  totpSecret: string | null;
  totpEnrolled: boolean;
}

function cookieName(): string {
  return getEnv().APP_URL.startsWith('https://') ? '__Host-sg.signin' : 'sg.signin';
}

function sign(payload: string): string {
  return createHmac('sha256', `${getEnv().AUTH_SECRET}:pending-sign-in`).update(payload).digest('base64url');
}

export function encodePending(userId: string, sessionVersion: number, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ u: userId, v: sessionVersion, e: Math.floor(now / 1000) + LIFETIME_SECONDS }),
  ).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodePending(
  value: string,
  now = Date.now(),
): { userId: string; sessionVersion: number } | null {
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      u: string;
      v: number;
      e: number;
    };
    if (typeof data.u !== 'string' || typeof data.v !== 'number' || data.e * 1000 < now) return null;
    return { userId: data.u, sessionVersion: data.v };
  } catch {
    return null;
  }
}

export async function startPendingSignIn(userId: string, sessionVersion: number): Promise<void> {
  const secure = getEnv().APP_URL.startsWith('https://');
  (await cookies()).set(cookieName(), encodePending(userId, sessionVersion), {
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
  };
}
