import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { hashPassword, verifyPassword } from '../hash-password';
import { revokeSessions } from '../revoke-sessions';

/** A signed-in member of staff changes their password; their other sessions end, this one goes on. */
export async function changePassword(
  userId: string,
  sessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const db = getDb();
  const user = await db.staffUser.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, currentPassword))) return false;
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: userId }, data: { passwordHash } });
    await revokeSessions(tx, userId, sessionId);
    await recordAudit(tx, {
      actorId: userId,
      action: 'staff.password.change',
      subject: 'staff',
      subjectId: userId,
    });
  });
  return true;
}
