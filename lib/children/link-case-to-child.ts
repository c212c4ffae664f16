import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { changeCase, type CaseChange } from '@/lib/cases/change-case';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { Concern } from '@/lib/generated/prisma/client';
import type { linkChildSchema, newChildSchema } from './child-form-schemas';
import { birthYearOf } from './backfill-birth-years';
import { childNameKey } from './child-name-key';
import { findChildInScope } from './child-scope';

export const ALREADY_LINKED = 'This case is already linked to that child.';

/** Links a case to one of its school's child records, with the reason, in the case's chronology. */
export async function linkCaseToChild(user: SessionUser, input: z.infer<typeof linkChildSchema>) {
  await changeCase(user, input, 'concern.child.link', async (tx, concern) => {
    const child = await findChildInScope(tx, user, input.childId);
    if (!child || child.schoolId !== concern.schoolId) throw new NotFoundError();
    if (concern.childRecordId === child.id) throw new UserFacingError(ALREADY_LINKED);
    return linkChange(concern, child.id, input.linkReason);
  });
  return { childId: input.childId.toLowerCase() };
}

/** Makes a child record for the case's school from the least the DSL knows, and links the case to it. */
export async function linkCaseToNewChild(user: SessionUser, input: z.infer<typeof newChildSchema>) {
  const keys = await getDb().$encryptionKeys();
  let childId = '';
  await changeCase(user, input, 'concern.child.link', async (tx, concern) => {
    // Child records are the school's: the front door, which sees escalated cases, does not make them.
    if (!concern.schoolId || !scopedSchoolIds(user).includes(concern.schoolId)) throw new NotFoundError();
    const child = await tx.childRecord.create({
      data: {
        partnershipId: concern.partnershipId,
        schoolId: concern.schoolId,
        name: input.childName,
        yearGroup: input.yearGroup,
        dateOfBirth: input.dateOfBirth ?? null,
        birthYear: birthYearOf(input.dateOfBirth ?? null),
        pupilId: input.pupilId ?? null,
        nameKey: childNameKey(keys, concern.schoolId, input.childName),
        createdById: user.id,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'child.create',
      subject: 'ChildRecord',
      subjectId: child.id,
      partnershipId: concern.partnershipId,
      detail: { concernId: concern.id },
    });
    childId = child.id;
    return linkChange(concern, child.id, input.newChildReason);
  });
  return { childId };
}

/** The case's change when it is linked to a child record (by a DSL, or by a merge). */
export function linkChange(concern: Concern, childId: string, reason: string): CaseChange {
  return {
    patch: { childRecordId: childId },
    event: {
      kind: 'CHILD_LINKED',
      summary: concern.childRecordId ? 'Moved to another child record.' : 'Linked to a child record.',
      detail: { reason, childRecordId: childId, from: concern.childRecordId },
    },
    auditDetail: { childRecordId: childId, from: concern.childRecordId },
  };
}
