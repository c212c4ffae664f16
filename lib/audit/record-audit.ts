import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface AuditInput {
  actorId: string | null;
  /** A verb such as "concern.view" or "school.update". */
  action: string;
  subject: string;
  subjectId?: string | null;
  concernId?: string | null;
  /** What changed, never case content: ids, field names, old and new status. */
  detail?: Prisma.InputJsonValue;
}

/** Writes an audit entry. Always call it with the transaction that makes the change it records. */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject,
      subjectId: entry.subjectId ?? null,
      concernId: entry.concernId ?? null,
      detail: entry.detail,
    },
  });
}
