import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { isUuid } from '@/lib/actions/text-fields';
import { getDb } from '@/lib/db';
import { TRANSFER_LINE_SELECT, transferLine, type TransferLine } from './transfer-line';

/** The access log's word for looking at a transfer's record (reading the case itself has its own). */
export const TRANSFER_RECORD_VIEW_AUDIT_ACTION = 'transfer.view';

export interface TransferRecord extends TransferLine {
  /** Which side the user is on: the receiving school answers, the sending school may cancel. */
  side: 'to' | 'from';
  childStartsOn: Date;
  note: string | null;
  returnReason: string | null;
  /** The references of every case it sends, oldest first (one, or a child's whole file). */
  cases: string[];
}

/**
 * One transfer for a DSL of its sending or receiving school, and the look recorded in the audit chain in
 * the same transaction (as reading a case is); anyone else: null ("not found"), nothing written. The
 * record of the transfer only: the case is read on its own page, while the user's school reaches it.
 */
export async function readTransfer(
  user: SessionUser,
  transferId: string,
  now = new Date(),
): Promise<TransferRecord | null> {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0 || !isUuid(transferId)) return null;
  return getDb().$transaction(async (tx) => {
    const t = await tx.fileTransfer.findFirst({
      where: {
        id: transferId.toLowerCase(),
        // A child's whole file is read through its lead (lib/transfers/start-child-file-transfer.ts).
        childFileLeadId: null,
        OR: [{ toSchoolId: { in: schoolIds } }, { fromSchoolId: { in: schoolIds } }],
      },
      select: {
        ...TRANSFER_LINE_SELECT,
        concernId: true,
        fromPartnershipId: true,
        toSchoolId: true,
        toPartnershipId: true,
        childStartsOn: true,
        note: true,
        returnReason: true,
        childFileCases: { select: { concern: { select: { reference: true } } }, orderBy: { id: 'asc' } },
      },
    });
    if (!t) return null;
    const side = schoolIds.includes(t.toSchoolId) ? 'to' : 'from';
    await recordAudit(tx, {
      actorId: user.id,
      action: TRANSFER_RECORD_VIEW_AUDIT_ACTION,
      subject: 'FileTransfer',
      subjectId: t.id,
      concernId: t.concernId,
      partnershipId: side === 'to' ? t.toPartnershipId : t.fromPartnershipId,
      detail: { side },
    });
    return {
      ...transferLine(t, now),
      side,
      childStartsOn: t.childStartsOn,
      note: t.note,
      returnReason: t.returnReason,
      cases: [t.concern.reference, ...t.childFileCases.map((c) => c.concern.reference)],
    };
  });
}
