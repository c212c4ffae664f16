import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { changeCase, type CaseChange } from '@/lib/cases/change-case';
import type { Tx } from '@/lib/db';
import type { Concern } from '@/lib/generated/prisma/client';
import { findTransferDestination, sentTransferRow, tellReceivingSchool } from './transfer-destination';
import type { startTransferSchema } from './transfer-schemas';

export const START_TRANSFER_AUDIT_ACTION = 'concern.transfer.send';
export const ALREADY_TRANSFERRING = 'This case is already being transferred. Cancel that transfer first';

type StartTransfer = z.output<typeof startTransferSchema>;

/**
 * Sends a case's child protection file to the child's new school, in one transaction (changeCase: scope,
 * version, chronology, audit): the FileTransfer row, its due date by the receiving partnership's calendar,
 * and an email to each DSL of the receiving school. A school of the register with no active DSL or deputy
 * on the service is "off the deployment": the sender must give its safeguarding lead's address, and the
 * transfer is an EMAILED_LINK (lib/transfers/queue-emailed-link.ts); its passcode is returned, once, for
 * the sender to give by phone, and is stored only as a hash. The case stays the sender's
 * until the new school accepts (lib/transfers/answer-transfer.ts). A closed case may be sent (a closed file
 * still follows the child), and so may one under legal hold: the hold is on the case and goes with it.
 * Refused, with nothing changed: a case the user's school does not hold (a front door's), an unknown,
 * inactive or own school, a case with a transfer already open.
 */
export async function startTransfer(
  user: SessionUser,
  input: StartTransfer,
): Promise<{ concernId: string; transferId: string; passcode: string | null }> {
  const sent = { transferId: '', passcode: null as string | null };
  try {
    const { concernId } = await changeCase(user, input, START_TRANSFER_AUDIT_ACTION, async (tx, concern) => {
      const change = await startTransferChange(tx, user, concern, input);
      Object.assign(sent, change.sent);
      return change.change;
    });
    return { concernId, ...sent };
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
): Promise<{ change: CaseChange; sent: { transferId: string; passcode: string | null } }> {
  const fromSchoolId = concern.route === 'SCHOOL' ? concern.schoolId : null;
  if (!fromSchoolId || !scopedSchoolIds(user).includes(fromSchoolId)) {
    throw new UserFacingError('Only the school’s safeguarding team can transfer this case');
  }
  const destination = await findTransferDestination(
    tx,
    input,
    fromSchoolId,
    'The case is already with that school',
  );
  const { to, offService } = destination;
  const open = await tx.fileTransfer.findFirst({ where: { concernId: concern.id, status: 'SENT' } });
  if (open) throw new UserFacingError(ALREADY_TRANSFERRING);
  const row = await sentTransferRow(
    tx,
    destination,
    { partnershipId: concern.partnershipId, schoolId: fromSchoolId, childRecordId: concern.childRecordId },
    input,
    user.id,
  );
  const { sentAt, dueAt } = row;
  const transfer = await tx.fileTransfer.create({ data: { ...row, concernId: concern.id } });
  const { passcode, notified } = await tellReceivingSchool(
    tx,
    {
      transferId: transfer.id,
      concernId: concern.id,
      references: [concern.reference],
      fromPartnershipId: concern.partnershipId,
      fromSchoolId,
      recipientEmail: input.recipientEmail,
      sentAt,
    },
    destination,
  );
  const change: CaseChange = {
    event: {
      kind: 'TRANSFER_SENT',
      summary: offService
        ? `Child protection file sent to ${to.name} (not on this service) by an emailed link to ${input.recipientEmail}.`
        : `Child protection file sent to ${to.name}.`,
      detail: { to: to.name, transferId: transfer.id, notified, dueAt: dueAt.toISOString() },
    },
    auditDetail: {
      transferId: transfer.id,
      kind: transfer.kind,
      fromSchoolId,
      toSchoolId: to.id,
      toPartnershipId: to.partnershipId,
      legalHold: concern.legalHold,
    },
  };
  return { change, sent: { transferId: transfer.id, passcode } };
}
