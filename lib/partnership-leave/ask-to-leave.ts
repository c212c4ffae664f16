import 'server-only';
import { UserFacingError } from '@/lib/errors';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { AskToLeaveInput } from './leave-schema';

/** Letters and digits only, lower-cased: so a typed name matches whatever its spaces and apostrophes. */
const comparable = (name: string) => name.toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The partnership's administrator asks for the partnership to be deleted. Nothing is deleted until the
 * service operator confirms (confirmLeave). The typed name must be the partnership's; one open request
 * at a time (the database's PartnershipDeletion_one_open index holds it under concurrent posts too).
 */
export async function askToLeave(user: SessionUser, partnershipId: string, input: AskToLeaveInput) {
  return getDb().$transaction(async (tx) => {
    const partnership = await tx.partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: { slug: true, name: true },
    });
    if (comparable(input.confirmName) !== comparable(partnership.name))
      throw new UserFacingError(`Enter the partnership’s name exactly: ${partnership.name}`, 'confirmName');
    const open = await tx.partnershipDeletion.findFirst({
      where: { partnershipId, status: { in: ['REQUESTED', 'CONFIRMED'] } },
      select: { id: true },
    });
    if (open) throw new UserFacingError('The partnership has already asked to leave', 'confirmName');
    const request = await tx.partnershipDeletion.create({
      data: {
        partnershipId,
        slug: partnership.slug,
        name: partnership.name,
        reason: input.reason,
        requestedById: user.id,
        requestedByName: user.name,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'partnership.leave.request',
      subject: 'PartnershipDeletion',
      subjectId: request.id,
      partnershipId,
    });
    return request;
  });
}
