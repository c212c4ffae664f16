import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { changeCase } from '@/lib/cases/change-case';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { unlinkChildSchema } from './child-form-schemas';
import { findChildInScope } from './child-scope';

export const NOT_LINKED = 'This case is not linked to a child.';

/** Unlinks a case from its child record, with the reason. The record and its other cases stay. */
export async function unlinkCaseFromChild(user: SessionUser, input: z.infer<typeof unlinkChildSchema>) {
  await changeCase(user, input, 'concern.child.unlink', async (tx, concern) => {
    if (!concern.childRecordId) throw new UserFacingError(NOT_LINKED);
    if (!(await findChildInScope(tx, user, concern.childRecordId))) throw new NotFoundError();
    return {
      patch: { childRecordId: null },
      event: {
        kind: 'CHILD_UNLINKED',
        summary: 'Unlinked from its child record.',
        detail: { reason: input.unlinkReason, childRecordId: concern.childRecordId },
      },
      auditDetail: { childRecordId: concern.childRecordId },
    };
  });
}
