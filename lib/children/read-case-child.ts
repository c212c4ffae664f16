import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { getDb } from '@/lib/db';
import { childScopeWhere, findChildInScope } from './child-scope';
import { suggestChildRecords, type ChildSuggestion } from './suggest-child-records';

export interface CaseChild {
  linked: { id: string; name: string; yearGroup: number | null } | null;
  suggestions: ChildSuggestion[];
  /** Every other child record of the case's school, for a link the suggestions did not offer. */
  others: { id: string; name: string; yearGroup: number | null }[];
}

/**
 * The child part of a case page: the child record the case is linked to, or the likely matches to choose
 * from. Null when the user keeps no child records for the case's school (the front door, a case with no
 * school): the page then shows nothing of children.
 */
export async function readCaseChild(user: SessionUser, reference: string): Promise<CaseChild | null> {
  if (!childScopeWhere(user)) return null;
  const concern = await findCaseInScope(getDb(), user, reference);
  if (!concern?.schoolId || !scopedSchoolIds(user).includes(concern.schoolId)) return null;
  const child = concern.childRecordId ? await findChildInScope(getDb(), user, concern.childRecordId) : null;
  if (child) {
    const linked = { id: child.id, name: child.name, yearGroup: child.yearGroup };
    return { linked, suggestions: [], others: [] };
  }
  const suggestions = (await suggestChildRecords(user, reference)) ?? [];
  const suggested = new Set(suggestions.map((s) => s.id));
  const others = await getDb().childRecord.findMany({
    where: { AND: [childScopeWhere(user)!, { schoolId: concern.schoolId }] },
    select: { id: true, name: true, yearGroup: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
  return { linked: null, suggestions, others: others.filter((o) => !suggested.has(o.id)) };
}
