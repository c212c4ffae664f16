import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import type { assignSchema } from './case-form-schemas';
import type { Tx } from '@/lib/db';
import type { Concern } from '@/lib/generated/prisma/client';
import { changeCase, type CaseChange } from './change-case';
import { listCaseTeam } from './list-case-team';

export const ASSIGN_AUDIT_ACTION = 'concern.assign';

/**
 * Assigns the case to a member of the team that owns it. The team comes from the record (its school, or
 * the partnership's front door), never from the form, so a forged id of someone elsewhere is refused.
 */
export function assignCase(user: SessionUser, input: z.infer<typeof assignSchema>) {
  return changeCase(user, input, ASSIGN_AUDIT_ACTION, (tx, concern) =>
    assignmentChange(tx, concern, input.assigneeId, 'assigneeId'),
  );
}

/** The change that assigns the case to `assigneeId`, refused (at `field`) unless they are in its team. */
export async function assignmentChange(
  tx: Tx,
  concern: Concern,
  assigneeId: string,
  field: string,
): Promise<CaseChange> {
  const team = await listCaseTeam(tx, concern);
  const assignee = team.find((member) => member.id === assigneeId);
  if (!assignee) throw new UserFacingError('Select someone from this case’s safeguarding team', field);
  return {
    patch: { assignedToId: assignee.id },
    event: {
      kind: 'ASSIGNED',
      summary: `Assigned to ${assignee.name}.`,
      detail: { assignee: assignee.name },
    },
    auditDetail: { from: concern.assignedToId, to: assignee.id },
  };
}
