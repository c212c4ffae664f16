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
  /**
   * The partnership whose audit page shows the entry. Give it wherever the caller knows it; null says the
   * work is service-wide (shown to no partnership). Left out, it is worked out: see partnershipOf.
   */
  partnershipId?: string | null;
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
      partnershipId: entry.partnershipId !== undefined ? entry.partnershipId : await partnershipOf(tx, entry),
      detail: entry.detail,
    },
  });
}

/**
 * The partnership of an entry whose caller did not say: the concern's, or else that of an actor with roles
 * in exactly one partnership (all they can reach). Otherwise null, so an entry about one partnership never
 * shows on another's page because someone works for both.
 */
async function partnershipOf(tx: Tx, entry: AuditInput): Promise<string | null> {
  if (entry.concernId) {
    const concern = await tx.concern.findUnique({
      where: { id: entry.concernId },
      select: { partnershipId: true },
    });
    if (concern) return concern.partnershipId;
  }
  if (!entry.actorId) return null;
  const partnerships = await tx.membership.findMany({
    where: { userId: entry.actorId },
    select: { partnershipId: true },
    distinct: ['partnershipId'],
    take: 2,
  });
  return partnerships.length === 1 ? partnerships[0]!.partnershipId : null;
}
