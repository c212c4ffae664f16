import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { SessionUser } from './live-session';

/**
 * Someone with roles in several partnerships chooses the one this session acts for. Only a partnership
 * where the account holds a role (read from the database with the session, never taken from the form) is
 * accepted; false, and nothing changed, otherwise. The choice belongs to this session alone.
 */
export async function switchPartnership(user: SessionUser, partnershipId: string): Promise<boolean> {
  if (!user.partnerships.some((p) => p.id === partnershipId)) return false;
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.staffSession.updateMany({
      where: { id: user.sessionId, userId: user.id, revokedAt: null },
      data: { actingPartnershipId: partnershipId },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: user.id,
      action: 'session.partnership.switch',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { from: user.partnership?.id ?? null },
    });
  });
  return true;
}
