import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';

/**
 * Ends every session of a member of staff at once (sign-out, password change or reset, deactivation):
 * marks the rows revoked, which lib/auth/session.ts checks on every request, and bumps the account's
 * session version, which voids any half-finished sign-in (lib/auth/sign-in/pending-sign-in.ts).
 * `keep` spares the session making a password change.
 */
export async function revokeSessions(tx: Tx, userId: string, keep?: string): Promise<void> {
  await tx.staffSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
  await tx.staffUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Signing out (our POST /api/sign-out or next-auth's own /api/auth/signout) ends every session of the account. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await revokeSessions(tx, userId);
    await recordAudit(tx, { actorId: userId, action: 'staff.sign-out', subject: 'staff', subjectId: userId });
  });
}
