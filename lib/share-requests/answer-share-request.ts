import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { changeCase } from '@/lib/cases/change-case';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import type { shareAnswerSchema } from './share-request-schemas';

/**
 * A school's DSL team accepts or refuses the front door's request to share a concern, with the reason:
 * an information-sharing decision in the chronology and the audit, in one transaction with the answer
 * (changeCase). Only the concern's own school team answers; the front door cannot answer its own request.
 */
export function answerShareRequest(user: SessionUser, input: z.infer<typeof shareAnswerSchema>) {
  const accepted = input.answer === 'ACCEPTED';
  return changeCase(user, input, 'concern.share-request.answer', async (tx, concern) => {
    if (!concern.schoolId || !scopedSchoolIds(user).includes(concern.schoolId))
      throw new UserFacingError('Only the school’s safeguarding team can answer this request.');
    const answered = await tx.shareRequest.updateMany({
      where: {
        id: input.requestId,
        concernId: concern.id,
        partnershipId: concern.partnershipId,
        status: 'PENDING',
      },
      data: { status: input.answer, answeredById: user.id, answeredAt: new Date(), reason: input.reason },
    });
    if (answered.count !== 1) throw new UserFacingError('This request has already been answered.');
    return {
      event: {
        kind: 'INFORMATION_SHARING',
        summary: accepted
          ? 'Agreed to share this case with the front door.'
          : 'Decided not to share this case with the front door.',
        detail: accepted
          ? { decision: 'shared', what: 'The case record', withWhom: 'The front door', reason: input.reason }
          : { decision: 'not shared', reason: input.reason },
      },
      auditDetail: { requestId: input.requestId, shared: accepted },
    };
  });
}
