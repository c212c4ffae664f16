import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { caseScopeWhere } from '@/lib/cases/case-scope';
import { findChildInScope } from '@/lib/children/child-scope';
import { STALE_CHILD_MESSAGE } from '@/lib/children/merge-child-records';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Concern } from '@/lib/generated/prisma/client';
import { findTransferDestination, sentTransferRow, tellReceivingSchool } from './transfer-destination';
import type { startChildFileTransferSchema } from './transfer-schemas';

export const CHILD_FILE_AUDIT_ACTION = 'child.transfer.send';
export const CHILD_HAS_NO_CASES = 'This child has no cases your school holds, so there is no file to send';
export const caseAlreadyTransferring = (reference: string) =>
  `Case ${reference} is already being transferred. Cancel that transfer first, then send the whole file`;

type StartChildFileTransfer = z.output<typeof startChildFileTransferSchema>;

/**
 * Sends a child's whole file to their new school: every case linked to the child record that the record's
 * school holds, as one transfer, in one transaction. A FileTransfer row per case (so each case keeps its
 * own record, the receiving DSLs' read reach and the one-open-transfer rule), the first the lead
 * (`wholeChildFile`), the others naming it (`childFileLeadId`): only the lead is listed, answered (for every
 * case), emailed about, carries an emailed link and the clock. A chronology and audit entry on every case,
 * one audit entry on the record, the record's version checked and moved on. Refused with nothing changed:
 * a record out of reach (not found), a stale page, a child with no cases, a case already in another open
 * transfer, an unknown, inactive or own school, a school off the deployment without an address.
 */
export async function startChildFileTransfer(
  user: SessionUser,
  input: StartChildFileTransfer,
): Promise<{ transferId: string; passcode: string | null; cases: number }> {
  try {
    return await getDb().$transaction((tx) => send(tx, user, input));
  } catch (error) {
    // A case's own transfer started at the same moment: the one-open-transfer index lets only one commit.
    if ((error as { code?: unknown })?.code === 'P2002')
      throw new UserFacingError(
        'One of these cases is already being transferred. Cancel that transfer first',
      );
    throw error;
  }
}

async function send(tx: Tx, user: SessionUser, input: StartChildFileTransfer) {
  const child = await findChildInScope(tx, user, input.childId);
  const scope = caseScopeWhere(user);
  if (!child || !scope) throw new NotFoundError();
  if (child.version !== input.version) throw new UserFacingError(STALE_CHILD_MESSAGE);
  // The cases of this record its school holds, through the user's reach, decided here.
  const concerns = await tx.concern.findMany({
    where: {
      AND: [scope, { childRecordId: child.id, schoolId: child.schoolId, route: 'SCHOOL' }],
      partnershipId: child.partnershipId,
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
  if (concerns.length === 0) throw new UserFacingError(CHILD_HAS_NO_CASES);
  const destination = await findTransferDestination(
    tx,
    input,
    child.schoolId,
    'The child’s file is already with that school',
  );
  const { to, offService } = destination;
  const open = await tx.fileTransfer.findFirst({
    where: { concernId: { in: concerns.map((c) => c.id) }, status: 'SENT' },
    select: { concern: { select: { reference: true } } },
  });
  if (open) throw new UserFacingError(caseAlreadyTransferring(open.concern.reference));
  const shared = await sentTransferRow(
    tx,
    destination,
    { partnershipId: child.partnershipId, schoolId: child.schoolId, childRecordId: child.id },
    input,
    user.id,
  );
  const { sentAt, dueAt } = shared;
  const row = (concern: Concern) => ({ ...shared, concernId: concern.id });
  const [first, ...rest] = concerns as [Concern, ...Concern[]];
  const lead = await tx.fileTransfer.create({ data: { ...row(first), wholeChildFile: true } });
  for (const concern of rest)
    await tx.fileTransfer.create({ data: { ...row(concern), childFileLeadId: lead.id } });
  const { passcode, notified } = await tellReceivingSchool(
    tx,
    {
      transferId: lead.id,
      concernId: first.id,
      references: concerns.map((c) => c.reference),
      fromPartnershipId: child.partnershipId,
      fromSchoolId: child.schoolId,
      recipientEmail: input.recipientEmail,
      sentAt,
    },
    destination,
  );
  const summary = offService
    ? `Child protection file sent to ${to.name} (not on this service) by an emailed link to ${input.recipientEmail}, with the child’s whole file (${concerns.length} cases).`
    : `Child protection file sent to ${to.name}, with the child’s whole file (${concerns.length} cases).`;
  const sent = { transferId: lead.id, kind: lead.kind, summary, notified, dueAt, sentAt };
  await recordSent(tx, user, concerns, sent, { fromSchoolId: child.schoolId, to });
  const moved = await tx.childRecord.updateMany({
    where: { id: child.id, version: input.version },
    data: { version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new UserFacingError(STALE_CHILD_MESSAGE);
  await recordAudit(tx, {
    actorId: user.id,
    action: CHILD_FILE_AUDIT_ACTION,
    subject: 'ChildRecord',
    subjectId: child.id,
    partnershipId: child.partnershipId,
    detail: { transferId: lead.id, toSchoolId: to.id, concernIds: concerns.map((c) => c.id) },
  });
  return { transferId: lead.id, passcode, cases: concerns.length };
}

/** Each case sent: its version moved on, its chronology entry and its audit entry naming the lead. */
async function recordSent(
  tx: Tx,
  user: SessionUser,
  concerns: Concern[],
  sent: { transferId: string; kind: string; summary: string; notified: number; dueAt: Date; sentAt: Date },
  route: { fromSchoolId: string; to: { id: string; name: string; partnershipId: string } },
): Promise<void> {
  const { transferId, summary, notified, dueAt, sentAt } = sent;
  const { to } = route;
  for (const concern of concerns) {
    await tx.concern.update({
      where: { id: concern.id },
      data: { version: { increment: 1 }, lastActivityAt: sentAt },
    });
    const event = await tx.concernEvent.create({
      data: {
        concernId: concern.id,
        actorId: user.id,
        at: sentAt,
        kind: 'TRANSFER_SENT',
        summary,
        detail: { to: to.name, transferId, notified, dueAt: dueAt.toISOString() },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'concern.transfer.send',
      subject: 'Concern',
      subjectId: concern.id,
      concernId: concern.id,
      partnershipId: concern.partnershipId,
      detail: {
        eventId: event.id.toString(),
        transferId,
        kind: sent.kind,
        fromSchoolId: route.fromSchoolId,
        toSchoolId: to.id,
        toPartnershipId: to.partnershipId,
        legalHold: concern.legalHold,
      },
    });
  }
}
