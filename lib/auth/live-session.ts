import 'server-only';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';

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
  /** Holds the deployment-level operator grant (a ServiceOperator row): no partnership role by it. */
  serviceOperator: boolean;
}

/** How often lastSeenAt is written: often enough for a 30-minute idle timeout, rarely enough to be cheap. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The member of staff a session cookie's row names, or null when that session has ended: revoked
 * (sign-out, password change, deactivation), idle too long, or older than the maximum. Kept apart from
 * next-auth so next-auth's own sign-out (lib/auth/auth-options.ts) can ask it too.
 */
export async function findLiveSession(sessionId: string | undefined): Promise<SessionUser | null> {
  if (!sessionId || !/^[0-9a-f-]{36}$/.test(sessionId)) return null;
  const db = getDb();
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        include: {
          memberships: { select: { role: true, partnershipId: true, schoolId: true } },
          serviceOperator: { select: { userId: true } },
        },
      },
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
    serviceOperator: row.user.serviceOperator !== null,
  };
}
