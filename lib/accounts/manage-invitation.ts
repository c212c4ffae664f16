import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { INVITATION_DAYS, newInvitationToken, sendInvitation } from './create-invitation';

async function openInvitation(tx: Tx, partnershipId: string, id: string) {
  const invitation = await tx.invitation.findFirst({
    where: { id, partnershipId, acceptedAt: null, cancelledAt: null },
    include: { school: { select: { name: true } }, partnership: { select: { name: true } } },
  });
  if (!invitation) throw new UserFacingError('This invitation has already been accepted or cancelled');
  return invitation;
}

/** Sends a fresh link and extends the expiry; the old link stops working. */
export async function resendInvitation(actorId: string, partnershipId: string, id: string) {
  await getDb().$transaction(async (tx) => {
    const invitation = await openInvitation(tx, partnershipId, id);
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await tx.invitation.update({ where: { id }, data: { tokenHash, expiresAt } });
    await sendInvitation(tx, { ...invitation, expiresAt }, token, 1);
    await recordAudit(tx, {
      actorId,
      action: 'invitation.resend',
      subject: 'Invitation',
      subjectId: id,
      partnershipId,
    });
  });
}

export async function cancelInvitation(actorId: string, partnershipId: string, id: string) {
  await getDb().$transaction(async (tx) => {
    await openInvitation(tx, partnershipId, id);
    await tx.invitation.update({ where: { id }, data: { cancelledAt: new Date() } });
    await recordAudit(tx, {
      actorId,
      action: 'invitation.cancel',
      subject: 'Invitation',
      subjectId: id,
      partnershipId,
    });
  });
}

export async function listOpenInvitations(partnershipId: string) {
  return getDb().invitation.findMany({
    where: { partnershipId, acceptedAt: null, cancelledAt: null },
    include: { school: { select: { name: true } } },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
}
