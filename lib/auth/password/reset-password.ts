import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { hashPassword } from '../hash-password';
import { revokeSessions } from '../revoke-sessions';
import { hashLinkToken, isLinkTokenShaped } from '../tokens';

/** The account a reset link is for, while the link is unused and unexpired. */
export async function findResetLink(
  token: string,
): Promise<{ userId: string; email: string; name: string } | null> {
  if (!isLinkTokenShaped(token)) return null;
  const found = await getDb().passwordToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { user: { select: { email: true, name: true, active: true } } },
  });
  if (
    !found ||
    found.purpose !== 'RESET' ||
    found.usedAt ||
    found.expiresAt <= new Date() ||
    !found.user.active
  )
    return null;
  return { userId: found.userId, email: found.user.email, name: found.user.name };
}

/**
 * Sets the new password and ends every session of the account. It does not sign anyone in: the
 * authenticator is still needed. Returns false if the link was used (even by a racing request) or expired.
 */
export async function resetPassword(token: string, newPassword: string): Promise<boolean> {
  if (!isLinkTokenShaped(token)) return false;
  const passwordHash = await hashPassword(newPassword);
  return getDb().$transaction(async (tx) => {
    const link = await tx.passwordToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
    if (!link || link.purpose !== 'RESET') return false;
    const { count } = await tx.passwordToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return false;
    // Any other reset link for this account stops working too.
    await tx.passwordToken.updateMany({
      where: { userId: link.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await tx.staffUser.update({ where: { id: link.userId }, data: { passwordHash } });
    await revokeSessions(tx, link.userId);
    await recordAudit(tx, {
      actorId: link.userId,
      action: 'staff.password.reset',
      subject: 'staff',
      subjectId: link.userId,
    });
    return true;
  });
}
