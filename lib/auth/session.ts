import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from './auth-options';
import { findLiveSession, type SessionUser } from './live-session';
import { personMay, type Permission } from './permissions';

export type { SessionMembership, SessionPartnership, SessionUser } from './live-session';

/**
 * The one session reader. Returns the signed-in member of staff, or null when there is no session or it
 * has ended: revoked (sign-out, password change, deactivation), idle too long, or older than the maximum.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // next-auth throws (a 500 on every staff page) when a request carries a forged callback-url cookie such
  // as "javascript:…": a session that cannot be read is no session.
  const session = (await getServerSession(authOptions()).catch(() => null)) as { sid?: string } | null;
  return findLiveSession(session?.sid);
});

/** For pages and actions that need someone signed in: sends everyone else to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  return user;
}

/**
 * For pages and actions that need a permission. Someone signed in without it gets "not found", as if the
 * page did not exist, so the app does not reveal what is there.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!personMay(user, permission)) notFound();
  return user;
}

/** Whether the user has the permission (for showing or hiding links; pages still check for themselves). */
export function userMay(user: SessionUser, permission: Permission): boolean {
  return personMay(user, permission);
}
