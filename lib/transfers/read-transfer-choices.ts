import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { recordRefusedLookUp } from '@/lib/cases/record-refused-look-up';
import { getDb } from '@/lib/db';
import { searchSchools } from '@/lib/reporting/search-schools';

export interface TransferChoices {
  reference: string;
  version: number;
  fromSchool: string;
  /** The schools matching the search (every partnership's, as pass-on searches), less the case's own. */
  schools: { id: string; name: string; town: string | null; postcode: string | null; onService: boolean }[];
  /** The transfer already open, if any: a second cannot be started. */
  open: { id: string; toSchool: string } | null;
}

/**
 * What the transfer page offers for a case of one of the user's own schools: the school search and any
 * open transfer. Out of scope, or a case its school does not hold (a front door's): null and, out of
 * scope, a security entry, as a view.
 */
export async function readTransferChoices(
  user: SessionUser,
  reference: string,
  query: string,
): Promise<TransferChoices | null> {
  const concern = await findCaseInScope(getDb(), user, reference);
  if (!concern) await recordRefusedLookUp(user, reference);
  if (!concern?.schoolId || concern.route !== 'SCHOOL' || !scopedSchoolIds(user).includes(concern.schoolId)) {
    return null;
  }
  const [school, open, found] = await Promise.all([
    getDb().school.findUniqueOrThrow({ where: { id: concern.schoolId }, select: { name: true } }),
    getDb().fileTransfer.findFirst({
      where: { concernId: concern.id, status: 'SENT' },
      select: { id: true, childFileLeadId: true, toSchool: { select: { name: true } } },
    }),
    searchSchools(query),
  ]);
  const others = found.filter((s) => s.id !== concern.schoolId);
  const onService = await schoolsWithTeams(others.map((s) => s.id));
  return {
    reference: concern.reference,
    version: concern.version,
    fromSchool: school.name,
    schools: others.map((s) => ({ ...s, onService: onService.has(s.id) })),
    // A case sent with its child's whole file: the transfer is its lead's.
    open: open ? { id: open.childFileLeadId ?? open.id, toSchool: open.toSchool.name } : null,
  };
}

/**
 * The schools with someone on the service to receive a file: an active DSL or deputy. The others are off
 * the deployment, and get an emailed link (lib/transfers/start-transfer.ts decides the same way).
 */
export async function schoolsWithTeams(schoolIds: string[]): Promise<Set<string>> {
  if (schoolIds.length === 0) return new Set();
  const members = await getDb().membership.findMany({
    where: { schoolId: { in: schoolIds }, role: { in: ['DSL', 'DEPUTY_DSL'] }, user: { active: true } },
    select: { schoolId: true },
    distinct: ['schoolId'],
  });
  return new Set(members.map((m) => m.schoolId!));
}
