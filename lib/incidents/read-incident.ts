import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { caseScopeWhere } from '@/lib/cases/case-scope';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { getDb } from '@/lib/db';
import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { findIncidentInScope, incidentScopeWhere } from './incident-scope';

export interface IncidentCase {
  reference: string;
  status: ConcernStatus;
  receivedAt: Date;
  schoolName: string | null;
}

/** What one team sees of an incident: its own cases in full; the rest as two counts and who to ask. */
export interface IncidentView {
  id: string;
  title: string;
  createdAt: Date;
  cases: IncidentCase[];
  /** Concerns of the incident this person does not reach, and the schools they are at. Counts only. */
  elsewhere: { concerns: number; schools: number };
  /** The partnership's front-door team, who can see across schools: the way to talk about the rest. */
  frontDoorEmail: string | null;
}

/** An incident for its page, or null when the user reaches none of its concerns (looks like "not found"). */
export async function readIncident(user: SessionUser, incidentId: string): Promise<IncidentView | null> {
  const db = getDb();
  const incident = await findIncidentInScope(db, user, incidentId);
  const cases = caseScopeWhere(user);
  if (!incident || !cases) return null;
  const [mine, rest, partnership] = await Promise.all([
    db.concern.findMany({
      where: { AND: [cases, { incidentId: incident.id }] },
      select: { reference: true, status: true, receivedAt: true, school: { select: { name: true } } },
      orderBy: [{ receivedAt: 'asc' }, { reference: 'asc' }],
    }),
    db.concern.findMany({
      where: { incidentId: incident.id, NOT: cases },
      select: { schoolId: true },
    }),
    db.partnership.findUniqueOrThrow({
      where: { id: incident.partnershipId },
      select: { frontDoorEmail: true },
    }),
  ]);
  return {
    id: incident.id,
    title: incident.title,
    createdAt: incident.createdAt,
    cases: mine.map((c) => ({
      reference: c.reference,
      status: c.status,
      receivedAt: c.receivedAt,
      schoolName: c.school?.name ?? null,
    })),
    elsewhere: {
      concerns: rest.length,
      schools: new Set(rest.flatMap((c) => (c.schoolId ? [c.schoolId] : []))).size,
    },
    frontDoorEmail: partnership.frontDoorEmail,
  };
}

export interface CaseIncident {
  /** The incident this case is part of, with what this person may know of it. */
  grouped: { id: string; title: string; cases: number; elsewhere: IncidentView['elsewhere'] } | null;
  /** Otherwise: the incidents this person already sees, most recent first, to add the case to. */
  choices: { id: string; title: string; cases: number }[];
}

/** The incident part of a case page. Null when the case is not in the user's reach to change. */
export async function readCaseIncident(user: SessionUser, reference: string): Promise<CaseIncident | null> {
  const db = getDb();
  const concern = await findCaseInScope(db, user, reference);
  const scope = incidentScopeWhere(user);
  const cases = caseScopeWhere(user);
  if (!concern || !scope || !cases) return null;
  if (concern.incidentId) {
    const view = await readIncident(user, concern.incidentId);
    return view
      ? {
          grouped: { id: view.id, title: view.title, cases: view.cases.length, elsewhere: view.elsewhere },
          choices: [],
        }
      : { grouped: null, choices: [] };
  }
  const incidents = await db.incident.findMany({
    where: { AND: [scope, { partnershipId: concern.partnershipId }] },
    select: { id: true, title: true, _count: { select: { concerns: { where: cases } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
  });
  return {
    grouped: null,
    choices: incidents.map((i) => ({ id: i.id, title: i.title, cases: i._count.concerns })),
  };
}
