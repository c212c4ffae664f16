import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import type { Tx } from '@/lib/db';

/**
 * The child record a concern is linked to, for its subject access export: the record's fields, the
 * records merged into it, and which other concerns of the same child the export may name.
 *
 * Which other concerns: only those the same reporter made (the same email address on both, compared
 * without case or spaces), by reference only. A concern someone else made about the child is that
 * person's information: its content, its reference and even how many there are would tell the requester
 * that someone else (another parent, a separated parent, a neighbour) reported the child. So those are
 * neither listed nor counted, and the export says the same sentence whatever the file holds
 * (OTHER_CONCERNS_NOT_LISTED), so the sentence gives nothing away. The data protection officer can take
 * them as requests of their own. The merge history names records and dates, never the concerns a merge
 * moved. The read is in the audit trail as the child record's, as every other read of it is.
 */
export async function exportChildRecord(
  tx: Tx,
  user: SessionUser,
  concern: { id: string; partnershipId: string; childRecordId: string | null; reporterEmail: string | null },
) {
  if (!concern.childRecordId) return null;
  const record = await tx.childRecord.findFirst({
    where: { id: concern.childRecordId, partnershipId: concern.partnershipId },
    include: { school: { select: { name: true } } },
  });
  if (!record) return null;
  const [others, merges] = await Promise.all([
    tx.concern.findMany({
      where: { childRecordId: record.id, partnershipId: concern.partnershipId, id: { not: concern.id } },
      select: { reference: true, reporterEmail: true },
      orderBy: { submittedAt: 'asc' },
    }),
    tx.auditEntry.findMany({
      where: { action: 'child.merge', subject: 'ChildRecord', subjectId: record.id },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { at: true, detail: true, actor: { select: { name: true } } },
    }),
  ]);
  await recordAudit(tx, {
    actorId: user.id,
    action: 'child.subject-access.export',
    subject: 'ChildRecord',
    subjectId: record.id,
    partnershipId: record.partnershipId,
    detail: { concernId: concern.id },
  });
  const mine = sameReporter(concern.reporterEmail);
  return {
    record,
    sameReporterConcerns: others.filter((o) => mine(o.reporterEmail)).map((o) => o.reference),
    merges: merges.map((m) => ({
      at: m.at,
      by: m.actor?.name ?? null,
      mergedRecord: mergedFrom(m.detail),
    })),
  };
}

export type ExportedChildRecord = NonNullable<Awaited<ReturnType<typeof exportChildRecord>>>;

export const OTHER_CONCERNS_NOT_LISTED =
  'Concerns about this child made by anyone other than this reporter are not listed here, whether or not there are any: they hold other people’s information. The data protection officer can consider them separately.';

/** Whether another concern's reporter is this one: the same email address, ignoring case and spaces. */
function sameReporter(email: string | null) {
  const normal = (value: string | null) => value?.trim().toLowerCase() || null;
  const own = normal(email);
  return (other: string | null) => own !== null && normal(other) === own;
}

function mergedFrom(detail: unknown): string | null {
  const from = (detail as { mergedFrom?: unknown } | null)?.mergedFrom;
  return typeof from === 'string' ? from : null;
}
