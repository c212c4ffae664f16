import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { shareRequestSchema } from './share-request-schemas';

/**
 * The front door asks the DSL team of each school in a pattern to share its concern: one request per
 * school concern not yet asked, with the note, audited in the same transaction. The pattern must be of
 * `partnershipId` (the asker's, from partnershipFor(user, 'account-patterns.read')): another partnership's
 * is "not found". Returns how many requests were made.
 */
export async function requestShares(
  user: SessionUser,
  partnershipId: string,
  input: z.infer<typeof shareRequestSchema>,
): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const pattern = await tx.accountPattern.findFirst({ where: { id: input.patternId, partnershipId } });
    if (!pattern) throw new NotFoundError();
    const matches = await tx.concernAccountIdentifier.findMany({
      where: {
        partnershipId,
        platformId: pattern.platformId,
        identifierHash: pattern.identifierHash,
        concern: { partnershipId, schoolId: { not: null } },
      },
      select: { concernId: true },
    });
    const concernIds = [...new Set(matches.map((m) => m.concernId))];
    const made = await tx.shareRequest.createMany({
      data: concernIds.map((concernId) => ({
        partnershipId,
        patternId: pattern.id,
        concernId,
        note: input.note,
        requestedById: user.id,
      })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account-pattern.share-request',
      subject: 'AccountPattern',
      subjectId: pattern.id,
      partnershipId,
      detail: { requests: made.count },
    });
    return made.count;
  });
}
