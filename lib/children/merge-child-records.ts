import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { mergeChildSchema } from './child-form-schemas';
import { findChildInScope } from './child-scope';
import { linkChange } from './link-case-to-child';

export const STALE_CHILD_MESSAGE =
  'This child’s record changed since you opened it. Check the latest entries, then try again.';
export const MERGE_SAME_RECORD = 'Choose another record to merge into this one';

/**
 * Merges `otherId` into `childId` (two records made for one pupil), with the reason, in one transaction:
 * every case of the other record moves here with a chronology entry and an audit entry of its own, so no
 * entry is lost and each says why it moved; the other record is kept, marked as merged, and no longer
 * listed. What this record lacks (date of birth, pupil number) is taken from the other.
 */
export async function mergeChildRecords(user: SessionUser, input: z.infer<typeof mergeChildSchema>) {
  if (input.childId.toLowerCase() === input.otherId.toLowerCase())
    throw new UserFacingError(MERGE_SAME_RECORD);
  await getDb().$transaction(async (tx) => {
    const kept = await findChildInScope(tx, user, input.childId);
    if (!kept) throw new NotFoundError();
    if (kept.version !== input.version) throw new UserFacingError(STALE_CHILD_MESSAGE);
    const other = await findChildInScope(tx, user, input.otherId);
    if (!other || other.schoolId !== kept.schoolId) throw new NotFoundError();
    const moved = await moveCases(tx, user, other.id, kept.id, input.mergeReason);
    // Files the school sent while the cases were on the other record stay on the child's one file.
    await tx.fileTransfer.updateMany({
      where: { fromChildRecordId: other.id },
      data: { fromChildRecordId: kept.id },
    });
    await tx.childRecord.updateMany({ where: { mergedIntoId: other.id }, data: { mergedIntoId: kept.id } });
    await tx.childRecord.update({
      where: { id: other.id },
      data: { mergedIntoId: kept.id, version: { increment: 1 } },
    });
    const updated = await tx.childRecord.updateMany({
      where: { id: kept.id, version: input.version },
      data: {
        version: { increment: 1 },
        ...(kept.dateOfBirth ? {} : { dateOfBirth: other.dateOfBirth, birthYear: other.birthYear }),
        ...(kept.pupilId ? {} : { pupilId: other.pupilId }),
      },
    });
    if (updated.count !== 1) throw new UserFacingError(STALE_CHILD_MESSAGE);
    await recordAudit(tx, {
      actorId: user.id,
      action: 'child.merge',
      subject: 'ChildRecord',
      subjectId: kept.id,
      partnershipId: kept.partnershipId,
      detail: { mergedFrom: other.id, concernIds: moved },
    });
  });
}

/** Moves every case of one record to another, each with its own chronology and audit entry. */
async function moveCases(tx: Tx, user: SessionUser, fromId: string, toId: string, reason: string) {
  const concerns = await tx.concern.findMany({ where: { childRecordId: fromId } });
  const now = new Date();
  for (const concern of concerns) {
    const change = linkChange(concern, toId, reason);
    await tx.concern.update({
      where: { id: concern.id },
      data: { ...change.patch, version: { increment: 1 }, lastActivityAt: now },
    });
    const event = await tx.concernEvent.create({
      data: { concernId: concern.id, actorId: user.id, at: now, ...change.event },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'concern.child.merge',
      subject: 'Concern',
      subjectId: concern.id,
      concernId: concern.id,
      detail: { eventId: event.id.toString(), ...(change.auditDetail as object) },
    });
  }
  return concerns.map((c) => c.id);
}
