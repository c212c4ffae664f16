import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import type { Concern } from '@/lib/generated/prisma/client';
import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/db';
import { CHOOSE_CLOSING_MESSAGE, type statusSchema } from './case-form-schemas';
import { STATUS_LABELS } from './case-labels';
import { changeCase, type CaseChange } from './change-case';

/** Where a case may go from each status. A closed case may be re-opened, with a reason. */
export const NEXT_STATUSES: Record<ConcernStatus, ConcernStatus[]> = {
  NEW: ['UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED'],
  OPENED: ['UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED'],
  UNDER_REVIEW: ['ACTION_TAKEN', 'REFERRED', 'CLOSED'],
  ACTION_TAKEN: ['UNDER_REVIEW', 'REFERRED', 'CLOSED'],
  REFERRED: ['UNDER_REVIEW', 'ACTION_TAKEN', 'CLOSED'],
  CLOSED: ['UNDER_REVIEW'],
};

export const STATUS_AUDIT_ACTION = 'concern.status.change';

/** Moves the case on. Closing needs an outcome and a reason; re-opening needs a reason. */
export function changeCaseStatus(user: SessionUser, input: z.infer<typeof statusSchema>) {
  return changeCase(user, input, STATUS_AUDIT_ACTION, async (tx, concern) =>
    statusChange(concern, input.status, {
      ...input,
      closingMessage:
        input.status === 'CLOSED' && input.closingMessageId
          ? await closingMessageOf(tx, concern.partnershipId, input.closingMessageId)
          : undefined,
    }),
  );
}

/** One of the concern's own partnership's closing messages still offered; refused otherwise. */
async function closingMessageOf(tx: Tx, partnershipId: string, id: string) {
  const message = await tx.closingMessage.findFirst({
    where: { id, partnershipId, active: true },
    select: { title: true, body: true },
  });
  if (!message) throw new UserFacingError(CHOOSE_CLOSING_MESSAGE, 'closingMessageId');
  return message;
}

/** The change that moves a case to `status`, refused (UserFacingError) when the move is not allowed. */
export function statusChange(
  concern: Concern,
  status: ConcernStatus,
  input: {
    outcome?: string;
    statusReason?: string;
    /** Closing: the partnership's message the team chose for the reporter, copied onto the concern. */
    closingMessage?: { title: string; body: string };
  } = {},
): CaseChange {
  if (!NEXT_STATUSES[concern.status].includes(status)) {
    throw new UserFacingError(
      `A case that is ${STATUS_LABELS[concern.status].toLowerCase()} cannot be marked ${STATUS_LABELS[status].toLowerCase()}`,
      'status',
    );
  }
  const reopening = concern.status === 'CLOSED';
  if (reopening && !input.statusReason)
    throw new UserFacingError('Enter the reason for re-opening the case', 'statusReason');
  const closing = status === 'CLOSED';
  const toReporter = closing ? input.closingMessage : undefined;
  const summary = closing
    ? `Closed: ${input.outcome}${toReporter ? ` The reporter was sent the closing message "${toReporter.title}".` : ''}`
    : reopening
      ? `Re-opened as ${STATUS_LABELS[status].toLowerCase()}.`
      : `Status changed to ${STATUS_LABELS[status].toLowerCase()}.`;
  return {
    patch: {
      status,
      closedAt: closing ? new Date() : null,
      outcome: closing ? (input.outcome ?? null) : concern.outcome,
      // Shown to the reporter only while the concern stays closed; re-opening takes it away.
      closingMessage: toReporter?.body ?? null,
    },
    event: {
      kind: 'STATUS_CHANGED',
      summary,
      detail: {
        from: concern.status,
        to: status,
        ...(input.statusReason ? { reason: input.statusReason } : {}),
        ...(closing ? { outcome: input.outcome ?? '' } : {}),
        ...(toReporter ? { closingMessage: toReporter.body } : {}),
      },
    },
    auditDetail: { from: concern.status, to: status },
  };
}
