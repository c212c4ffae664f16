import 'server-only';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';

export interface SessionMembership {
  role: Role;
  partnershipId: string;
  schoolId: string | null;
}

export interface SessionPartnership {
  id: string;
  name: string;
}

export interface SessionUser {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  /**
   * The roles held in the partnership this session acts for, and only those: every permission check and
   * every scoped query reads these, so someone on two boards acts in one at a time.
   */
  memberships: SessionMembership[];
  /** Holds the deployment-level operator grant (a ServiceOperator row): no partnership role by it. */
  serviceOperator: boolean;
  /** The partnership this session acts for; null for an account with no role yet. */
  partnership: SessionPartnership | null;
  /** Every partnership where the account holds a role, by name: more than one offers a switch. */
  partnerships: SessionPartnership[];
}

/** How often lastSeenAt is written: often enough for a 30-minute idle timeout, rarely enough to be cheap. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The member of staff a session cookie's row names, or null when that session has ended: revoked
 * (sign-out, password change, deactivation, refused by the work account's provider), idle too long, older
 * than the maximum, or a work-account session its provider has not vouched for again in time. Kept apart from
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
          memberships: {
            select: {
              role: true,
              partnershipId: true,
              schoolId: true,
              partnership: { select: { name: true } },
            },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          },
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
  // A work-account session: over once its provider has not vouched for the person in time
  // (lib/auth/providers/provider-check.ts); a refusal revokes it outright.
  if (row.providerVouchedUntil && now > row.providerVouchedUntil.getTime()) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { partnership, partnerships } = actingPartnership(row.user.memberships, row.actingPartnershipId);
  return {
    id: row.user.id,
    sessionId: row.id,
    name: row.user.name,
    email: row.user.email,
    memberships: row.user.memberships
      .filter((m) => m.partnershipId === partnership?.id)
      .map(({ role, partnershipId, schoolId }) => ({ role, partnershipId, schoolId })),
    partnership,
    partnerships,
    serviceOperator: row.user.serviceOperator !== null,
  };
}

/**
 * The partnership a session acts for: the one it chose, while the account still holds a role there;
 * otherwise that of the account's oldest role (memberships come oldest first).
 */
function actingPartnership(
  memberships: { partnershipId: string; partnership: { name: string } }[],
  chosen: string | null,
): { partnership: SessionPartnership | null; partnerships: SessionPartnership[] } {
  const byId = new Map<string, SessionPartnership>();
  for (const m of memberships) byId.set(m.partnershipId, { id: m.partnershipId, name: m.partnership.name });
  const partnership = (chosen && byId.get(chosen)) || ([...byId.values()][0] ?? null);
  const partnerships = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { partnership, partnerships };
}
