import 'server-only';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

interface Operator {
  id: string;
  name: string;
}

/**
 * The service operator confirms a partnership's request to leave: from now the worker deletes its data
 * (deleteLeavingPartnership). Only a request still waiting can be decided: anything else is "not found".
 */
export async function confirmLeave(operator: Operator, requestId: string): Promise<void> {
  await decide(operator, requestId, { status: 'CONFIRMED' }, 'partnership.leave.confirm');
}

/** The service operator refuses a request, saying why. Nothing is deleted; the partnership may ask again. */
export async function refuseLeave(
  operator: Operator,
  requestId: string,
  refusalReason: string,
): Promise<void> {
  await decide(operator, requestId, { status: 'REFUSED', refusalReason }, 'partnership.leave.refuse');
}

async function decide(
  operator: Operator,
  requestId: string,
  change: { status: 'CONFIRMED' | 'REFUSED'; refusalReason?: string },
  action: string,
) {
  await getDb().$transaction(async (tx) => {
    const decided = await tx.partnershipDeletion.updateManyAndReturn({
      where: { id: requestId, status: 'REQUESTED' },
      data: { ...change, decidedById: operator.id, decidedByName: operator.name, decidedAt: new Date() },
      select: { partnershipId: true },
    });
    const request = decided[0];
    if (!request) throw new NotFoundError();
    // A legal hold outlasts any wish to leave: the partnership lifts its holds (or the operator refuses).
    if (change.status === 'CONFIRMED') {
      const held = await tx.concern.count({
        where: { partnershipId: request.partnershipId, legalHold: true },
      });
      if (held > 0)
        throw new UserFacingError(
          `${held === 1 ? '1 concern is' : `${held} concerns are`} under a legal hold. The partnership must lift its holds before it can be deleted.`,
        );
    }
    await recordAudit(tx, {
      actorId: operator.id,
      action,
      subject: 'PartnershipDeletion',
      subjectId: requestId,
      partnershipId: request.partnershipId,
    });
  });
}
