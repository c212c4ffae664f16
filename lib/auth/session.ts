import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { authOptions } from './auth-options';
import { rolesMay, type Permission } from './permissions';

export interface SessionMembership {
  role: Role;
  partnershipId: string;
  schoolId: string | null;
}

export interface SessionUser {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  memberships: SessionMembership[];
}

/** How often lastSeenAt is written: often enough for a 30-minute idle timeout, rarely enough to be cheap. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The one session reader. Returns the signed-in member of staff, or null when there is no session or it
 * has ended: revoked (sign-out, password change, deactivation), idle too long, or older than the maximum.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // next-auth throws (a 500 on every staff page) when a request carries a forged callback-url cookie such
  // as "javascript:…": a session that cannot be read is no session.
  const session = (await getServerSession(authOptions()).catch(() => null)) as { sid?: string } | null;
  const sessionId = session?.sid;
  if (!sessionId || !/^[0-9a-f-]{36}$/.test(sessionId)) return null;
  const db = getDb();
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    include: {
      user: { include: { memberships: { select: { role: true, partnershipId: true, schoolId: true } } } },
    },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  const env = getEnv();
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > env.SESSION_IDLE_MINUTES * 60_000) return null;
  if (now - row.createdAt.getTime() > env.SESSION_MAX_HOURS * 3_600_000) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    id: row.user.id,
    sessionId: row.id,
    name: row.user.name,
    email: row.user.email,
    memberships: row.user.memberships,
  };
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
  if (
    !rolesMay(
      user.memberships.map((m) => m.role),
      permission,
    )
  )
    notFound();
  return user;
}

/** Whether the user has the permission (for showing or hiding links; pages still check for themselves). */
export function userMay(user: SessionUser, permission: Permission): boolean {
  return rolesMay(
    user.memberships.map((m) => m.role),
    permission,
  );
}
