import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { moveToPartnership } from '@/lib/cases/move-to-partnership';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { FileTransfer, Prisma } from '@/lib/generated/prisma/client';
import type { ConcernEventKind, FileTransferStatus } from '@/lib/generated/prisma/enums';
import { childFileCases, receiveChildRecord } from './child-file-cases';

const ANSWERED: Record<Exclude<FileTransferStatus, 'SENT'>, string> = {
  ACCEPTED: 'This file has already been accepted',
  RETURNED: 'This file has already been returned to the school that sent it',
  CANCELLED: 'This transfer has been cancelled',
};

/**
 * The receiving school's DSL accepts the file (the receipt: who, when). In one transaction the case becomes
 * the new school's (its partnership, school and team, as a pass-on moves it), and the sending school keeps
 * only the FileTransfer row. An accepted transfer is never undone: the case can only be transferred on.
 */
export function acceptTransfer(user: SessionUser, input: { transferId: string }) {
  return answerTransfer(user, input.transferId, 'to', 'ACCEPTED', async (tx, transfer, now) => {
    const concern = await tx.concern.findUniqueOrThrow({ where: { id: transfer.concernId } });
    const site = concern.reportedViaPartnershipId ?? concern.partnershipId;
    if (transfer.toPartnershipId !== concern.partnershipId) {
      await moveToPartnership(tx, concern, transfer.toPartnershipId);
    }
    return {
      kind: 'TRANSFER_ACCEPTED',
      patch: {
        partnershipId: transfer.toPartnershipId,
        reportedViaPartnershipId: site === transfer.toPartnershipId ? null : site,
        schoolId: transfer.toSchoolId,
        route: 'SCHOOL',
        assignedToId: null,
        // Its DSL has read and accepted it: the new team has it open, so nothing escalates for the move.
        firstOpenedAt: now,
        escalatedAt: null,
        receivedAt: now,
        // The sending school's child record and incident are its own files (as for a pass-on).
        childRecordId: null,
        incidentId: null,
      },
    };
  });
}

/** The receiving school's DSL returns the file with a reason; the case stays with the sender. */
export function returnTransfer(user: SessionUser, input: { transferId: string; returnReason: string }) {
  return answerTransfer(user, input.transferId, 'to', 'RETURNED', async () => ({
    kind: 'TRANSFER_RETURNED',
    returnReason: input.returnReason,
  }));
}

/** The sending school's DSL cancels a transfer not yet accepted. */
export function cancelTransfer(user: SessionUser, input: { transferId: string }) {
  return answerTransfer(user, input.transferId, 'from', 'CANCELLED', async () => ({
    kind: 'TRANSFER_CANCELLED',
  }));
}

interface Answer {
  kind: ConcernEventKind;
  patch?: Prisma.ConcernUncheckedUpdateInput;
  returnReason?: string;
}

const SUMMARY: Record<Exclude<FileTransferStatus, 'SENT'>, (to: string) => string> = {
  ACCEPTED: (to) => `Child protection file accepted by ${to}.`,
  RETURNED: (to) => `Child protection file returned by ${to}.`,
  CANCELLED: (to) => `Transfer of the child protection file to ${to} cancelled.`,
};

/**
 * One answer to an open transfer, in one transaction: found only from the side that may give it (the
 * receiving school's DSLs accept or return, the sending school's cancel; anyone else: not found), claimed
 * by a conditional update so two answers cannot both win, then the case's chronology and audit entries.
 * A child's whole file is answered through its lead, for every case at once (lib/transfers/child-file-cases.ts);
 * accepted, its cases are linked to one new child record of the receiving school.
 */
async function answerTransfer(
  user: SessionUser,
  transferId: string,
  side: 'to' | 'from',
  status: Exclude<FileTransferStatus, 'SENT'>,
  decide: (tx: Tx, transfer: FileTransfer, now: Date) => Promise<Answer>,
): Promise<{ concernId: string; reference: string; childRecordId: string | null }> {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0) throw new NotFoundError();
  const where = side === 'to' ? { toSchoolId: { in: schoolIds } } : { fromSchoolId: { in: schoolIds } };
  return getDb().$transaction(async (tx) => {
    const transfer = await tx.fileTransfer.findFirst({
      where: { id: transferId, childFileLeadId: null, ...where },
      include: { toSchool: { select: { name: true } }, concern: { select: { reference: true } } },
    });
    if (!transfer) throw new NotFoundError();
    if (transfer.status !== 'SENT') throw new UserFacingError(ANSWERED[transfer.status]);
    const now = new Date();
    const childRecordId =
      status === 'ACCEPTED' && transfer.wholeChildFile ? await receiveChildRecord(tx, user, transfer) : null;
    for (const row of [transfer, ...(await childFileCases(tx, transfer))]) {
      const answer = await decide(tx, row, now);
      if (childRecordId) answer.patch = { ...answer.patch, childRecordId };
      await answerOne(tx, user, row, status, answer, now);
    }
    return { concernId: transfer.concernId, reference: transfer.concern.reference, childRecordId };
  });
}

/** One case's row of an answer: claimed, then its case, chronology and audit entries. */
async function answerOne(
  tx: Tx,
  user: SessionUser,
  transfer: FileTransfer & { toSchool: { name: string } },
  status: Exclude<FileTransferStatus, 'SENT'>,
  answer: Answer,
  now: Date,
): Promise<void> {
  const claimed = await tx.fileTransfer.updateMany({
    where: { id: transfer.id, status: 'SENT' },
    data: { status, answeredById: user.id, answeredAt: now, returnReason: answer.returnReason ?? null },
  });
  if (claimed.count !== 1) throw new UserFacingError('This transfer changed since you opened it. Try again.');
  await tx.concern.update({
    where: { id: transfer.concernId },
    data: { ...answer.patch, version: { increment: 1 }, lastActivityAt: now },
  });
  const event = await tx.concernEvent.create({
    data: {
      concernId: transfer.concernId,
      actorId: user.id,
      at: now,
      kind: answer.kind,
      summary: SUMMARY[status](transfer.toSchool.name),
      detail: { transferId: transfer.id, ...(answer.returnReason ? { reason: answer.returnReason } : {}) },
    },
  });
  await recordAudit(tx, {
    actorId: user.id,
    action: `concern.transfer.${status.toLowerCase()}`,
    subject: 'Concern',
    subjectId: transfer.concernId,
    concernId: transfer.concernId,
    detail: {
      eventId: event.id.toString(),
      transferId: transfer.id,
      fromSchoolId: transfer.fromSchoolId,
      toSchoolId: transfer.toSchoolId,
    },
  });
}
