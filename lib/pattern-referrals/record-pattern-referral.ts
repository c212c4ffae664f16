import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { patternReferralSchema } from './pattern-referral-schema';

/**
 * Records that the front door referred a pattern to the police or CEOP: who (the user), when (today), to
 * whom and their reference, with its audit entry in the same transaction. The pattern must be of
 * `partnershipId` (the user's, from partnershipFor(user, 'account-patterns.read')); otherwise "not found".
 */
export async function recordPatternReferral(
  user: SessionUser,
  partnershipId: string,
  input: z.infer<typeof patternReferralSchema>,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const pattern = await tx.accountPattern.findFirst({
      where: { id: input.referralPatternId, partnershipId },
      select: { id: true },
    });
    if (!pattern) throw new NotFoundError();
    const now = new Date();
    const referral = await tx.patternReferral.create({
      data: {
        partnershipId,
        patternId: pattern.id,
        agency: input.agency,
        referredTo: input.referredTo,
        theirReference: input.theirReference ?? null,
        referredOn: now,
        referredById: user.id,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account-pattern.referral',
      subject: 'AccountPattern',
      subjectId: pattern.id,
      partnershipId,
      detail: { referralId: referral.id, agency: input.agency },
    });
  });
}
