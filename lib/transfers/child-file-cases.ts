import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { childNameKey } from '@/lib/children/child-name-key';
import { getDb, type Tx } from '@/lib/db';

/**
 * The other cases' rows of a child's whole file sent as one (lib/transfers/start-child-file-transfer.ts),
 * in the order they were sent; none for a transfer of one case. Read in the answering transaction, each
 * with what an answer needs, as the lead was.
 */
export function childFileCases(tx: Tx, lead: { id: string; wholeChildFile: boolean }) {
  if (!lead.wholeChildFile) return Promise.resolve([]);
  return tx.fileTransfer.findMany({
    where: { childFileLeadId: lead.id },
    orderBy: { id: 'asc' },
    include: { toSchool: { select: { name: true } }, concern: { select: { reference: true } } },
  });
}

/**
 * The receiving school's one child record for a child's whole file it accepts: the least the sending
 * school's record holds (the name as given, year group, date of birth), never that school's own pupil
 * identifier, which means nothing at the new school. Null when the sending record is gone (every case then
 * arrives unlinked, as a single case does). Audited as the new school's record.
 */
export async function receiveChildRecord(
  tx: Tx,
  user: SessionUser,
  lead: { id: string; fromChildRecordId: string | null; toSchoolId: string; toPartnershipId: string },
): Promise<string | null> {
  if (!lead.fromChildRecordId) return null;
  const from = await tx.childRecord.findUnique({
    where: { id: lead.fromChildRecordId },
    select: { name: true, yearGroup: true, dateOfBirth: true, birthYear: true },
  });
  if (!from) return null;
  const keys = await getDb().$encryptionKeys();
  const child = await tx.childRecord.create({
    data: {
      partnershipId: lead.toPartnershipId,
      schoolId: lead.toSchoolId,
      name: from.name,
      yearGroup: from.yearGroup,
      dateOfBirth: from.dateOfBirth,
      birthYear: from.birthYear,
      nameKey: childNameKey(keys, lead.toSchoolId, from.name),
      createdById: user.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: user.id,
    action: 'child.create',
    subject: 'ChildRecord',
    subjectId: child.id,
    partnershipId: lead.toPartnershipId,
    detail: { transferId: lead.id },
  });
  return child.id;
}
