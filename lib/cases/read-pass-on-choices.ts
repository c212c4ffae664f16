import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { searchSchools } from '@/lib/reporting/search-schools';
import { findCaseInScope } from './find-case-in-scope';
import { recordRefusedLookUp } from './record-refused-look-up';

export interface PassOnChoices {
  reference: string;
  version: number;
  /** Where the case is now, said as the list says it. */
  withTeam: string;
  /**
   * The schools matching the search (every partnership's, as a parent searches), less the one holding the
   * case (the front door may send a case back to its own school: lib/cases/pass-on-case.ts).
   */
  schools: { id: string; name: string; town: string | null; postcode: string | null }[];
  /** Null when the case is already with the front door. */
  frontDoor: string | null;
}

/**
 * What the pass-on page offers for a case in the user's scope: the school search (the one the report
 * journey uses) and the case's partnership's front door. Out of scope: null and a security entry, as a view.
 */
export async function readPassOnChoices(
  user: SessionUser,
  reference: string,
  query: string,
): Promise<PassOnChoices | null> {
  const concern = await findCaseInScope(getDb(), user, reference);
  if (!concern || concern.status === 'CLOSED') {
    if (!concern) await recordRefusedLookUp(user, reference);
    return null;
  }
  const [school, partnership] = await Promise.all([
    concern.schoolId
      ? getDb().school.findUnique({ where: { id: concern.schoolId }, select: { name: true } })
      : null,
    getDb().partnership.findUniqueOrThrow({ where: { id: concern.partnershipId }, select: { name: true } }),
  ]);
  const frontDoor = `${partnership.name} front door`;
  const found = await searchSchools(query);
  return {
    reference: concern.reference,
    version: concern.version,
    withTeam: concern.route === 'SCHOOL' && school ? school.name : frontDoor,
    schools: concern.route === 'SCHOOL' ? found.filter((s) => s.id !== concern.schoolId) : found,
    frontDoor: concern.route === 'FRONT_DOOR' ? null : frontDoor,
  };
}
