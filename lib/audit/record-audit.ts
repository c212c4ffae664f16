import 'server-only';
import { isUuid } from '@/lib/actions/text-fields';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

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
 * Writes an audit entry only when `condition` (SQL) holds, in one statement, and says whether it did: for a
 * read that checks its scope in the same round as it reads (lib/children/read-child-record.ts), so the entry
 * is written exactly when the record was in reach without waiting for the read first. The partnership must
 * be given. The chain is the database's, as for every entry (trigger "AuditEntry_chain").
 */
export async function recordAuditWhen(
  tx: Tx,
  entry: AuditInput & { partnershipId: string | null },
  condition: Prisma.Sql,
): Promise<boolean> {
  const detail = entry.detail === undefined ? null : JSON.stringify(entry.detail);
  const written = await tx.$executeRaw`
    INSERT INTO "AuditEntry" ("actorId", action, subject, "subjectId", "concernId", "partnershipId", detail)
    SELECT ${entry.actorId}::uuid, ${entry.action}, ${entry.subject}, ${entry.subjectId ?? null},
      ${entry.concernId ?? null}::uuid, ${entry.partnershipId}::uuid, ${detail}::jsonb
    WHERE ${condition}`;
  return written === 1;
}

/**
 * The partnership of an entry whose caller did not say: the partnership itself when it is the subject, that
 * of the concern, school or invitation acted on, or else of an actor with roles in exactly one partnership (all they can reach). Otherwise null, so
 * an entry about one partnership never shows on another's page because someone works for both. The
 * migration audit_entry_partnership backfilled older entries by the same rules.
 */
async function partnershipOf(tx: Tx, entry: AuditInput): Promise<string | null> {
  const ofRecord = await recordPartnership(tx, entry);
  if (ofRecord || !entry.actorId) return ofRecord;
  const partnerships = await tx.membership.findMany({
    where: { userId: entry.actorId },
    select: { partnershipId: true },
    distinct: ['partnershipId'],
    take: 2,
  });
  return partnerships.length === 1 ? partnerships[0]!.partnershipId : null;
}

async function recordPartnership(tx: Tx, entry: AuditInput): Promise<string | null> {
  const select = { partnershipId: true } as const;
  const id = entry.subjectId ?? '';
  let found: { partnershipId: string } | null = null;
  // A change to a partnership's own settings belongs to that partnership, whoever made it.
  if (isUuid(id) && entry.subject === 'Partnership') return id;
  if (entry.concernId) found = await tx.concern.findUnique({ where: { id: entry.concernId }, select });
  else if (isUuid(id) && entry.subject === 'School')
    found = await tx.school.findUnique({ where: { id }, select });
  else if (isUuid(id) && entry.subject.toLowerCase() === 'invitation')
    found = await tx.invitation.findUnique({ where: { id }, select });
  return found?.partnershipId ?? null;
}
