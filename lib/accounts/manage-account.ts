import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { roleMay } from '@/lib/auth/permissions';
import { revokeSessions } from '@/lib/auth/revoke-sessions';
import { getDb, type Tx } from '@/lib/db';

const ELSEWHERE = 'This person also has roles in another partnership.';

/**
 * What an administrator may do to an account: act on its roles in their partnership, and on the account as
 * a whole (its sign-in, its authenticator) only when they administer every partnership it belongs to. An
 * account is shared by partnerships; an administrator of one must not lock it out of another.
 * Rights are read from the database, not the caller, so a revoked role stops working at once.
 */
async function reach(tx: Tx, actorId: string, partnershipId: string, userId: string) {
  const administered = new Set(
    (
      await tx.membership.findMany({
        where: { userId: actorId },
        select: { role: true, partnershipId: true },
      })
    )
      .filter((m) => roleMay(m.role, 'staff.manage'))
      .map((m) => m.partnershipId),
  );
  const user = administered.has(partnershipId)
    ? await tx.staffUser.findFirst({
        where: { id: userId, memberships: { some: { partnershipId } } },
        include: { memberships: { select: { partnershipId: true, role: true } } },
      })
    : null;
  if (!user) throw new UserFacingError('This account is not in your partnership');
  return { user, wholeAccount: user.memberships.every((m) => administered.has(m.partnershipId)) };
}

/**
 * Deactivates the account when the administrator reaches all of it; otherwise ends its roles in their
 * partnership and leaves the rest alone. Either way every session ends, so nothing the person had open
 * keeps its reach (and they sign in again to whatever they still have).
 */
export async function deactivateAccount(
  actorId: string,
  partnershipId: string,
  userId: string,
): Promise<'account' | 'partnership'> {
  if (actorId === userId) throw new UserFacingError('You cannot deactivate your own account');
  return getDb().$transaction(async (tx) => {
    const { user, wholeAccount } = await reach(tx, actorId, partnershipId, userId);
    if (wholeAccount) await tx.staffUser.update({ where: { id: userId }, data: { active: false } });
    else await tx.membership.deleteMany({ where: { userId, partnershipId } });
    await revokeSessions(tx, userId);
    const roles = user.memberships.filter((m) => m.partnershipId === partnershipId).map((m) => m.role);
    await recordAudit(tx, {
      actorId,
      action: wholeAccount ? 'staff.deactivate' : 'staff.deactivate.partnership',
      subject: 'StaffUser',
      subjectId: userId,
      partnershipId,
      detail: { partnershipId, roles },
    });
    return wholeAccount ? 'account' : 'partnership';
  });
}

export async function reactivateAccount(actorId: string, partnershipId: string, userId: string) {
  await getDb().$transaction(async (tx) => {
    const { wholeAccount } = await reach(tx, actorId, partnershipId, userId);
    if (!wholeAccount) {
      throw new UserFacingError(
        `${ELSEWHERE} An administrator of every partnership they work in must reactivate their account.`,
      );
    }
    await tx.staffUser.update({ where: { id: userId }, data: { active: true } });
    await recordAudit(tx, {
      actorId,
      action: 'staff.reactivate',
      subject: 'StaffUser',
      subjectId: userId,
      partnershipId,
    });
  });
}

/** For a lost authenticator: they set up a new one at their next sign-in. Their sessions end now. */
export async function resetTotp(actorId: string, partnershipId: string, userId: string) {
  await getDb().$transaction(async (tx) => {
    const { wholeAccount } = await reach(tx, actorId, partnershipId, userId);
    if (!wholeAccount) {
      throw new UserFacingError(
        `${ELSEWHERE} An administrator of every partnership they work in must reset their authenticator.`,
      );
    }
    await tx.staffUser.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnrolledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await revokeSessions(tx, userId);
    await recordAudit(tx, {
      actorId,
      action: 'staff.totp.reset',
      subject: 'StaffUser',
      subjectId: userId,
      partnershipId,
    });
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

/**
 * One account as its partnership's administrators see it: its roles there, and whether it has roles in a
 * partnership the viewer does not administer (then only its roles here are theirs to end).
 */
export async function getStaffMember(partnershipId: string, userId: string, administered: string[]) {
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  const member = await getDb().staffUser.findFirst({
    where: { id: userId, memberships: { some: { partnershipId } } },
    include: {
      memberships: { where: { partnershipId }, include: { school: { select: { name: true } } } },
      _count: { select: { memberships: { where: { partnershipId: { notIn: administered } } } } },
    },
  });
  if (!member) return null;
  const { _count, ...rest } = member;
  return { ...rest, alsoElsewhere: _count.memberships > 0 };
}
