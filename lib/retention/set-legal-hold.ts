import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

const NOT_FOUND = 'No concern with that reference is held by this partnership';

/**
 * Places or lifts a legal hold by reference, within the administrator's own partnership. The reason is the
 * administrator's (a court order, a police request): kept encrypted on the concern while the hold lasts,
 * never in the audit trail, whose entries are plain and hold nothing a person typed.
 */
export async function setLegalHold(
  actorId: string,
  partnershipId: string,
  input: { reference: string; reason: string; hold: boolean },
) {
  await getDb().$transaction(async (tx) => {
    const concern = await tx.concern.findFirst({
      where: { reference: input.reference, partnershipId },
      select: { id: true, legalHold: true },
    });
    if (!concern) throw new UserFacingError(NOT_FOUND, 'reference');
    if (concern.legalHold === input.hold) {
      throw new UserFacingError(
        input.hold ? 'That concern is already under a legal hold' : 'That concern is not under a legal hold',
        'reference',
      );
    }
    await tx.concern.update({
      where: { id: concern.id },
      data: input.hold
        ? {
            legalHold: true,
            legalHoldReason: input.reason,
            legalHoldSince: new Date(),
            legalHoldById: actorId,
          }
        : { legalHold: false, legalHoldReason: null, legalHoldSince: null, legalHoldById: null },
    });
    await recordAudit(tx, {
      actorId,
      action: input.hold ? 'concern.legal-hold.set' : 'concern.legal-hold.clear',
      subject: 'Concern',
      subjectId: input.reference,
      concernId: concern.id,
    });
  });
}
