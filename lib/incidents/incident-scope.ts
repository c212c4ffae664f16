import 'server-only';
import { isUuid } from '@/lib/actions/text-fields';
import type { SessionUser } from '@/lib/auth/session';
import { caseScopeWhere } from '@/lib/cases/case-scope';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The incidents this member of staff may see: of the partnership they act for, holding at least one concern
 * they already reach (caseScopeWhere). Reaching one concern of an incident shows the incident, never the
 * others' content. Null means no reach: callers refuse before querying.
 */
export function incidentScopeWhere(user: SessionUser | null): Prisma.IncidentWhereInput | null {
  const cases = caseScopeWhere(user);
  if (!cases || !user?.partnership) return null;
  return { partnershipId: user.partnership.id, concerns: { some: cases } };
}

/** One incident through the user's scope, or null (missing and out of reach look the same). */
export async function findIncidentInScope(tx: Tx, user: SessionUser | null, incidentId: string) {
  const scope = incidentScopeWhere(user);
  if (!scope || !isUuid(incidentId)) return null;
  return tx.incident.findFirst({ where: { AND: [scope, { id: incidentId.toLowerCase() }] } });
}
