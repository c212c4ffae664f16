import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { caseScopeWhere, scopedSchoolIds } from './case-scope';
import { readCaseListDetails } from './read-case-list-details';
import type { CaseListFilters } from './case-list-filters';

export const CASES_PER_PAGE = 25;
const DAY = 86_400_000;

const ROW = {
  id: true,
  reference: true,
  status: true,
  urgent: true,
  urgencyReasons: true,
  riskLevel: true,
  submittedAt: true,
  firstOpenedAt: true,
  lastActivityAt: true,
  // What a DSL triages on, from the concern's own row. Nothing encrypted (child's name, description, the
  // school or platform the parent typed) is read: the list shows none of it, and need not decrypt it.
  childAge: true,
  childYear: true,
  stillHappening: true,
  school: { select: { name: true } },
  assignedTo: { select: { name: true } },
} satisfies Prisma.ConcernSelect;

export type CaseListRow = Prisma.ConcernGetPayload<{ select: typeof ROW }> & {
  /** Messages from the reporter that nobody in the team has opened yet. */
  unreadMessages: number;
  /** Platform names, in the reference list's order ("Something else", never what the parent typed). */
  platforms: string[];
  /** Kinds of harm, in the reference list's order. */
  harms: string[];
};

/**
 * The user's cases, newest work first: unopened urgent concerns, then other unopened ones, then the rest by
 * last activity. Null when the user reaches no cases (nothing is queried). Two ordered segments rather
 * than one CASE expression so each can walk an index.
 */
export async function listCases(user: SessionUser, filters: CaseListFilters) {
  const scope = caseScopeWhere(user);
  if (!scope) return null;
  const db = getDb();
  const base: Prisma.ConcernWhereInput = { AND: [scope, filterWhere(user, filters)] };
  const where: Prisma.ConcernWhereInput = filters.status ? { AND: [base, { status: filters.status }] } : base;
  const [byStatus, unopened] = await Promise.all([
    db.concern.groupBy({ by: ['status'], where: base, _count: { _all: true } }),
    db.concern.count({ where: { AND: [where, { firstOpenedAt: null }] } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<
    Record<ConcernStatus, number>
  >;
  const total = filters.status
    ? (counts[filters.status] ?? 0)
    : Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const page = Math.min(filters.page ?? 1, Math.max(1, Math.ceil(total / CASES_PER_PAGE)));
  const skip = (page - 1) * CASES_PER_PAGE;
  const rows: Prisma.ConcernGetPayload<{ select: typeof ROW }>[] = [];
  if (skip < unopened) {
    rows.push(
      ...(await db.concern.findMany({
        where: { AND: [where, { firstOpenedAt: null }] },
        orderBy: [{ urgent: 'desc' }, { lastActivityAt: 'desc' }, { id: 'asc' }],
        skip,
        take: CASES_PER_PAGE,
        select: ROW,
      })),
    );
  }
  if (rows.length < CASES_PER_PAGE) {
    rows.push(
      ...(await db.concern.findMany({
        where: { AND: [where, { firstOpenedAt: { not: null } }] },
        orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
        skip: Math.max(0, skip - unopened),
        take: CASES_PER_PAGE - rows.length,
        select: ROW,
      })),
    );
  }
  const details = await readCaseListDetails(rows.map((r) => r.id));
  return {
    rows: rows.map((r): CaseListRow => ({
      ...r,
      unreadMessages: details.unread.get(r.id) ?? 0,
      platforms: details.platforms.get(r.id) ?? [],
      harms: details.harms.get(r.id) ?? [],
    })),
    counts,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / CASES_PER_PAGE)),
    oneSchool: isOneSchool(user),
  };
}

/** A DSL or deputy of one school and nothing else: every row is that school's, so no school column. */
function isOneSchool(user: SessionUser): boolean {
  return scopedSchoolIds(user).length === 1 && !user.memberships.some((m) => m.role === 'FRONT_DOOR');
}

function filterWhere(user: SessionUser, f: CaseListFilters): Prisma.ConcernWhereInput {
  const and: Prisma.ConcernWhereInput[] = [];
  if (f.urgency) and.push({ urgent: f.urgency === 'urgent' });
  if (f.risk) and.push({ riskLevel: f.risk === 'none' ? null : f.risk });
  if (f.platform) and.push({ platforms: { some: { platform: { slug: f.platform } } } });
  if (f.harm) and.push({ harms: { some: { harmCategory: { slug: f.harm } } } });
  if (f.school) and.push({ schoolId: f.school });
  if (f.from) and.push({ submittedAt: { gte: f.from } });
  if (f.to) and.push({ submittedAt: { lt: new Date(f.to.getTime() + DAY) } });
  if (f.mine) and.push({ assignedToId: user.id });
  if (f.q) and.push({ reference: { contains: f.q.toUpperCase().replace(/\s+/g, '') } });
  return { AND: and };
}
