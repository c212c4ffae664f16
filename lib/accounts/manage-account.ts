import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';

/** Only accounts with a role in the administrator's partnership can be managed from it. */
async function memberOf(tx: Tx, partnershipId: string, userId: string) {
  const user = await tx.staffUser.findFirst({
    where: { id: userId, memberships: { some: { partnershipId } } },
  });
  if (!user) throw new UserFacingError('This account is not in your partnership');
  return user;
}

/** Every session of the account ends at once: the rows are revoked and the version bumped. */
async function endSessions(tx: Tx, userId: string) {
  await tx.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.staffUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function deactivateAccount(actorId: string, partnershipId: string, userId: string) {
  if (actorId === userId) throw new UserFacingError('You cannot deactivate your own account');
  await getDb().$transaction(async (tx) => {
    await memberOf(tx, partnershipId, userId);
    await tx.staffUser.update({ where: { id: userId }, data: { active: false } });
    await endSessions(tx, userId);
    await recordAudit(tx, { actorId, action: 'staff.deactivate', subject: 'StaffUser', subjectId: userId });
  });
}

export async function reactivateAccount(actorId: string, partnershipId: string, userId: string) {
  await getDb().$transaction(async (tx) => {
    await memberOf(tx, partnershipId, userId);
    await tx.staffUser.update({ where: { id: userId }, data: { active: true } });
    await recordAudit(tx, { actorId, action: 'staff.reactivate', subject: 'StaffUser', subjectId: userId });
  });
}

/** For a lost authenticator: they set up a new one at their next sign-in. Their sessions end now. */
export async function resetTotp(actorId: string, partnershipId: string, userId: string) {
  await getDb().$transaction(async (tx) => {
    await memberOf(tx, partnershipId, userId);
    await tx.staffUser.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnrolledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await endSessions(tx, userId);
    await recordAudit(tx, { actorId, action: 'staff.totp.reset', subject: 'StaffUser', subjectId: userId });
  });
}

export async function listStaff(partnershipId: string) {
  return getDb().staffUser.findMany({
    where: { memberships: { some: { partnershipId } } },
    include: { memberships: { where: { partnershipId }, include: { school: { select: { name: true } } } } },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    take: 1000,
  });
}

export async function getStaffMember(partnershipId: string, userId: string) {
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  return getDb().staffUser.findFirst({
    where: { id: userId, memberships: { some: { partnershipId } } },
    include: { memberships: { where: { partnershipId }, include: { school: { select: { name: true } } } } },
  });
}
