import 'server-only';
import { getDb } from '@/lib/db';

export const AUDIT_PER_PAGE = 50;

/**
 * The audit trail as administrators and the data protection officer see it: who, what, when, and the kind
 * and id of what was acted on. Never the detail column or anything from a concern: no case content.
 * Scoped to entries about the partnership (AuditEntry.partnershipId, set when each entry is written): not
 * to who acted, since one person may work for two partnerships. Service-wide entries (no partnership) are
 * on no partnership's page; the service's operator reads them from the database.
 */
export async function listAuditEntries(partnershipId: string, search: { page?: number; action?: string }) {
  const page = Math.max(1, Math.min(search.page ?? 1, 100_000));
  const action = /^[a-z.-]{1,80}$/.test(search.action ?? '') ? search.action : undefined;
  const where = {
    partnershipId,
    ...(action ? { action: { startsWith: action } } : {}),
  };
  const entries = await getDb().auditEntry.findMany({
    where,
    select: {
      id: true,
      at: true,
      action: true,
      subject: true,
      subjectId: true,
      actor: { select: { name: true, email: true } },
    },
    orderBy: { id: 'desc' },
    skip: (page - 1) * AUDIT_PER_PAGE,
    take: AUDIT_PER_PAGE + 1,
  });
  return {
    page,
    action,
    entries: entries.slice(0, AUDIT_PER_PAGE),
    hasMore: entries.length > AUDIT_PER_PAGE,
  };
}
