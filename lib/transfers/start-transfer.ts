import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { loadSchoolCalendar } from '@/lib/calendar/load-school-calendars';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { changeCase, type CaseChange } from '@/lib/cases/change-case';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { transferSentEmail } from '@/lib/email/templates/file-transfer-emails';
import { stableMessageId } from '@/lib/email/templates/render-email';
import type { Concern } from '@/lib/generated/prisma/client';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { schoolTeam } from '@/lib/routing/find-notification-recipients';
import { transferDeadline } from './transfer-due-date';
import type { startTransferSchema } from './transfer-schemas';

export const START_TRANSFER_AUDIT_ACTION = 'concern.transfer.send';
export const ALREADY_TRANSFERRING = 'This case is already being transferred. Cancel that transfer first';

type StartTransfer = z.output<typeof startTransferSchema>;

/**
 * Sends a case's child protection file to the child's new school on the service, in one transaction
 * (changeCase: scope, version, chronology, audit): the FileTransfer row, its due date by the receiving
 * partnership's calendar, and an email to each DSL of the receiving school. The case stays the sender's
 * until the new school accepts (lib/transfers/answer-transfer.ts). A closed case may be sent (a closed file
 * still follows the child), and so may one under legal hold: the hold is on the case and goes with it.
 * Refused, with nothing changed: a case the user's school does not hold (a front door's), an unknown,
 * inactive or own school, a case with a transfer already open.
 */
export async function startTransfer(user: SessionUser, input: StartTransfer) {
  try {
    return await changeCase(user, input, START_TRANSFER_AUDIT_ACTION, (tx, concern) =>
      startTransferChange(tx, user, concern, input),
    );
  } catch (error) {
    // Two sent at once: the one-open-transfer index lets only one commit.
    if ((error as { code?: unknown })?.code === 'P2002') throw new UserFacingError(ALREADY_TRANSFERRING);
    throw error;
  }
}

async function startTransferChange(
  tx: Tx,
  user: SessionUser,
  concern: Concern,
  input: StartTransfer,
): Promise<CaseChange> {
  const fromSchoolId = concern.route === 'SCHOOL' ? concern.schoolId : null;
  if (!fromSchoolId || !scopedSchoolIds(user).includes(fromSchoolId)) {
    throw new UserFacingError('Only the school’s safeguarding team can transfer this case');
  }
  const to = await tx.school.findUnique({
    where: { id: input.to },
    select: { id: true, name: true, active: true, partnershipId: true },
  });
  if (!to) throw new UserFacingError('Select the school from the list', 'to');
  if (!to.active) {
    throw new UserFacingError('That school is not on the service. Choose another school', 'to');
  }
  if (to.id === fromSchoolId) throw new UserFacingError('The case is already with that school', 'to');
  const open = await tx.fileTransfer.findFirst({ where: { concernId: concern.id, status: 'SENT' } });
  if (open) throw new UserFacingError(ALREADY_TRANSFERRING);
  const sentAt = new Date();
  const calendar = await loadSchoolCalendar(tx, to.partnershipId, sentAt);
  const dueAt = transferDeadline({ sentAt, childStartsOn: input.childStartsOn }, calendar);
  const transfer = await tx.fileTransfer.create({
    data: {
      concernId: concern.id,
      fromPartnershipId: concern.partnershipId,
      fromSchoolId,
      toSchoolId: to.id,
      toPartnershipId: to.partnershipId,
      childStartsOn: input.childStartsOn,
      note: input.note ?? null,
      sentById: user.id,
      sentAt,
      dueAt,
    },
  });
  const notified = await notifyReceivingTeam(tx, concern, transfer.id, to, fromSchoolId);
  return {
    event: {
      kind: 'TRANSFER_SENT',
      summary: `Child protection file sent to ${to.name}.`,
      detail: { to: to.name, transferId: transfer.id, notified, dueAt: dueAt.toISOString() },
    },
    auditDetail: {
      transferId: transfer.id,
      fromSchoolId,
      toSchoolId: to.id,
      toPartnershipId: to.partnershipId,
      legalHold: concern.legalHold,
    },
  };
}

async function notifyReceivingTeam(
  tx: Tx,
  concern: Concern,
  transferId: string,
  to: { id: string; partnershipId: string },
  fromSchoolId: string,
): Promise<number> {
  const [recipients, from, site] = await Promise.all([
    schoolTeam(tx, to.id, ['DSL', 'DEPUTY_DSL']),
    tx.school.findUniqueOrThrow({ where: { id: fromSchoolId }, select: { name: true } }),
    partnershipSite(tx, to.partnershipId),
  ]);
  const email = transferSentEmail({ fromSchool: from.name, reference: concern.reference, transferId, site });
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      kind: 'transfer.sent',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('transfer-sent', transferId, recipient.key),
      concernId: concern.id,
      partnershipId: to.partnershipId,
    });
  }
  return recipients.length;
}
