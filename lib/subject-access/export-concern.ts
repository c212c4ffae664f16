import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { CASE_RECORD_INCLUDE } from '@/lib/cases/read-case-record';
import { getDb, type Tx } from '@/lib/db';
import { concernDueAt } from '@/lib/retention/find-due-concerns';
import { getRetentionPolicy } from '@/lib/retention/get-retention-policy';
import { exportChildRecord } from './export-child-record';
import { shapeExport } from './shape-export';

export type ExportFormat = 'json' | 'text';

/**
 * Everything held about one concern, for the data protection officer answering a subject access request,
 * read and logged in one transaction. Content is read through Prisma (never raw SQL) so any field-level
 * decryption applies. Another partnership's reference → null, with nothing read or written.
 */
export async function exportConcern(
  user: SessionUser,
  partnershipId: string,
  reference: string,
  format: ExportFormat,
) {
  return getDb().$transaction(async (tx) => {
    const found = await tx.concern.findFirst({ where: { reference, partnershipId }, select: { id: true } });
    if (!found) return null;
    await recordAudit(tx, {
      actorId: user.id,
      action: 'concern.subject-access.export',
      subject: 'Concern',
      subjectId: found.id,
      concernId: found.id,
      detail: { format },
    });
    const concern = await loadEverything(tx, found.id);
    const childRecord = await exportChildRecord(tx, user, concern);
    const accessLog = await tx.auditEntry.findMany({
      where: { concernId: found.id },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { at: true, action: true, actor: { select: { name: true, email: true } } },
    });
    const emails = await tx.outboxEmail.findMany({
      where: { concernId: found.id },
      orderBy: { createdAt: 'asc' },
      select: {
        kind: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
      },
    });
    const policy = await getRetentionPolicy(partnershipId, tx);
    const dueAt = await concernDueAt(tx, found.id, policy);
    return shapeExport({
      concern,
      childRecord,
      accessLog,
      emails,
      retention: { policy, dueAt },
      exportedBy: { name: user.name, email: user.email },
    });
  });
}

function loadEverything(tx: Tx, concernId: string) {
  return tx.concern.findUniqueOrThrow({
    where: { id: concernId },
    omit: { receiptHash: true, submissionKey: true },
    include: {
      ...CASE_RECORD_INCLUDE,
      partnership: { select: { name: true } },
      // What the parent asked the partnership to look at again, in their words (lib/reviews/).
      reviewRequests: { orderBy: { askedAt: 'asc' } },
    },
  });
}

export type LoadedConcern = Awaited<ReturnType<typeof loadEverything>>;
