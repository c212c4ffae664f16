import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import type { Tx } from '@/lib/db';
import type { Concern } from '@/lib/generated/prisma/client';
import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { ASSIGN_AUDIT_ACTION, assignmentChange } from './assign-case';
import type { FollowOn } from './case-form-schemas';
import type { CaseChange } from './change-case';
import { NEXT_STATUSES, STATUS_AUDIT_ACTION, statusChange } from './change-case-status';

/** The steps on a case record that may bring a status or an assignment with them. */
export type CaseStep = 'note' | 'decision' | 'action' | 'risk' | 'referral' | 'sharing' | 'message';

/** The status each step leads to, when it leads to one. */
const STEP_STATUS: Partial<Record<CaseStep, ConcernStatus>> = {
  referral: 'REFERRED',
  action: 'ACTION_TAKEN',
  decision: 'UNDER_REVIEW',
  risk: 'UNDER_REVIEW',
  sharing: 'UNDER_REVIEW',
};

/**
 * The status to offer with a step, or null when it would change nothing or is not a move the case may
 * make. "Under review" is offered only to a case nobody has moved on yet, never as a step back.
 */
export function statusAfterStep(step: CaseStep, current: ConcernStatus): ConcernStatus | null {
  const next = STEP_STATUS[step];
  if (!next || !NEXT_STATUSES[current].includes(next)) return null;
  if (next === 'UNDER_REVIEW' && current !== 'NEW' && current !== 'OPENED') return null;
  return next;
}

/** Whether to offer "Assign this case to me": the person is in the case's team and it is not theirs yet. */
export function offerAssignToMe(
  record: { assignedToId: string | null; team: { id: string }[] },
  userId: string,
): boolean {
  return record.assignedToId !== userId && record.team.some((member) => member.id === userId);
}

/**
 * Wraps a step's change with what the person ticked alongside it: the matching status, the case assigned
 * to them. Each is checked here against the case as it is (the form only says "yes"), never applied unasked.
 */
export function withFollowOns(
  user: SessionUser,
  step: CaseStep,
  also: FollowOn[] | undefined,
  decide: (tx: Tx, concern: Concern) => Promise<CaseChange>,
) {
  return async (tx: Tx, concern: Concern): Promise<CaseChange> => {
    const change = await decide(tx, concern);
    const alongside: NonNullable<CaseChange['alongside']> = [];
    if (also?.includes('status')) {
      const status = statusAfterStep(step, concern.status);
      if (!status)
        throw new UserFacingError('The status cannot change with this step. Untick it and try again', 'also');
      alongside.push({ auditAction: STATUS_AUDIT_ACTION, change: statusChange(concern, status) });
    }
    if (also?.includes('assign') && concern.assignedToId !== user.id) {
      const assignment = await assignmentChange(tx, concern, user.id, 'also');
      alongside.push({ auditAction: ASSIGN_AUDIT_ACTION, change: assignment });
    }
    return { ...change, alongside };
  };
}
