import 'server-only';
import { isUuid } from '@/lib/actions/text-fields';
import type { SessionUser } from '@/lib/auth/session';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { caseScopeWhere, type CaseReach } from './case-scope';

/** How a case is named in a link or a form: its reference ("K7QM-4X9T") or its id. */
export function caseKey(referenceOrId: string): Prisma.ConcernWhereInput {
  return isUuid(referenceOrId)
    ? { id: referenceOrId.toLowerCase() }
    : { reference: referenceOrId.toUpperCase() };
}

/**
 * Loads a concern only through the user's scope: another school's case is simply not there. Returns null
 * (and the caller answers "not found") without reading anything when the user reaches no cases at all.
 */
export async function findCaseInScope<Include extends Prisma.ConcernInclude>(
  tx: Tx,
  user: SessionUser | null,
  referenceOrId: string,
  include?: Include,
  reach: CaseReach = 'change',
) {
  const scope = caseScopeWhere(user, reach);
  if (!scope || referenceOrId.length === 0 || referenceOrId.length > 40) return null;
  return tx.concern.findFirst({ where: { AND: [scope, caseKey(referenceOrId)] }, include });
}
