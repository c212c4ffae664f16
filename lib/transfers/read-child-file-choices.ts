import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { caseScopeWhere } from '@/lib/cases/case-scope';
import { findChildInScope } from '@/lib/children/child-scope';
import { getDb } from '@/lib/db';
import { searchSchools } from '@/lib/reporting/search-schools';
import { schoolsWithTeams, type TransferChoices } from './read-transfer-choices';

export interface ChildFileChoices extends Omit<TransferChoices, 'reference'> {
  childId: string;
  /** The name as given, for the page's body only (never its title). */
  childName: string;
  /** The cases the whole file would send: those of the record its school holds. */
  cases: string[];
  /** A case already in an open transfer, if any: the whole file cannot be sent until it is answered. */
  open: { id: string; toSchool: string; reference: string } | null;
}

/**
 * What the child's "Transfer this child's file" page offers: the record (through the child scope), the
 * cases its school holds (through the case scope), any of them already being transferred, and the school
 * search less the child's own school. Null out of reach ("not found").
 */
export async function readChildFileChoices(
  user: SessionUser,
  childId: string,
  query: string,
): Promise<ChildFileChoices | null> {
  const db = getDb();
  const child = await findChildInScope(db, user, childId);
  const scope = caseScopeWhere(user);
  if (!child || !scope) return null;
  const where = {
    AND: [scope, { childRecordId: child.id, schoolId: child.schoolId, route: 'SCHOOL' as const }],
    partnershipId: child.partnershipId,
  };
  const [school, cases, open, found] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: child.schoolId }, select: { name: true } }),
    db.concern.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { reference: true },
    }),
    db.fileTransfer.findFirst({
      where: { status: 'SENT', concern: where },
      select: {
        id: true,
        childFileLeadId: true,
        toSchool: { select: { name: true } },
        concern: { select: { reference: true } },
      },
    }),
    searchSchools(query),
  ]);
  const others = found.filter((s) => s.id !== child.schoolId);
  const onService = await schoolsWithTeams(others.map((s) => s.id));
  return {
    childId: child.id,
    childName: child.name,
    version: child.version,
    fromSchool: school.name,
    cases: cases.map((c) => c.reference),
    schools: others.map((s) => ({ ...s, onService: onService.has(s.id) })),
    open: open
      ? {
          id: open.childFileLeadId ?? open.id,
          toSchool: open.toSchool.name,
          reference: open.concern.reference,
        }
      : null,
  };
}
