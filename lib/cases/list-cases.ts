import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ConcernStatus } from '@/lib/generated/prisma/enums';
import { caseScopeParts, caseScopeWhere, frontDoorPartnershipIds, scopedSchoolIds } from './case-scope';
import { readCaseListDetails } from './read-case-list-details';
import type { CaseListFilters } from './case-list-filters';

export const CASES_PER_PAGE = 25;
/**
 * The case list counts each status up to this many and then says "more than 1,000": an exact count grows
 * with everything in reach (1.4 million concerns for a front door at 10 million), a capped one stops early.
 * The rows themselves are always read live; only the numbers beside them stop at the cap.
 */
export const CASE_COUNT_CAP = 1000;
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
  // Passed between teams twice or more: the front door sees it, tagged, so it stops bouncing.
  passedOnCount: true,
} satisfies Prisma.ConcernSelect;

export type CaseListRow = Prisma.ConcernGetPayload<{ select: typeof ROW }> & {
  /** Messages from the reporter that nobody in the team has opened yet. */
  unreadMessages: number;
  /** Platform names, in the reference list's order ("Something else", never what the parent typed). */
  platforms: string[];
  /** Kinds of harm, in the reference list's order. */
  harms: string[];
  /** The parent asked the partnership to look at it again, and the review is open (lib/reviews/). */
  reviewAsked: boolean;
};

/**
 * The user's cases, newest work first: unopened urgent concerns, then other unopened ones, then the rest by
 * last activity. Null when the user reaches no cases (nothing is queried). Two ordered segments rather
 * than one CASE expression so each can walk an index, and each segment read part by part of the user's
 * reach (caseScopeParts: a federation's schools, the front door's own and escalated concerns) and merged,
 * so a page reads a few rows of each part instead of sorting every case in reach. Counts stop at
 * `countCap` (CASE_COUNT_CAP; smaller only in tests): a count above it means "more than countCap", and the
 * total and the number of pages are then unknown (`pages` null); `hasNext` is always known, from one row
 * read past the page.
 */
export async function listCases(user: SessionUser, filters: CaseListFilters, countCap = CASE_COUNT_CAP) {
  const scope = caseScopeWhere(user);
  const parts = caseScopeParts(user);
  if (!scope || !parts) return null;
  const filtered: Prisma.ConcernWhereInput[] = [filterWhere(user, filters)];
  const withStatus = filters.status ? [...filtered, { status: filters.status }] : filtered;
  const requested = filters.page ?? 1;
  // Unopened cases are counted only as far as this page needs to know where their segment ends.
  const unopenedCap = (requested - 1) * CASES_PER_PAGE + CASES_PER_PAGE + 2;
  const counted = await countCases(user, scope, parts, filtered, withStatus, countCap, unopenedCap);
  const statuses = filters.status ? [filters.status] : STATUSES;
  const total = statuses.reduce((sum, s) => sum + (counted.counts[s] ?? 0), 0);
  const exact = !statuses.some((s) => counted.capped.has(s));
  const pages = exact ? Math.max(1, Math.ceil(total / CASES_PER_PAGE)) : null;
  const page = pages === null ? requested : Math.min(requested, pages);
  const skip = (page - 1) * CASES_PER_PAGE;
  // One row past the page, to know whether there is a next one when the total is not counted.
  const wanted = CASES_PER_PAGE + 1;
  const rows: ListRow[] = [];
  if (skip < counted.unopened) {
    rows.push(
      ...(await readSegment(parts, [...withStatus, { firstOpenedAt: null }], UNOPENED_ORDER, skip, wanted)),
    );
  }
  if (rows.length < wanted) {
    const opened = await readSegment(
      parts,
      [...withStatus, { firstOpenedAt: { not: null } }],
      OPENED_ORDER,
      Math.max(0, skip - counted.unopened),
      wanted - rows.length,
    );
    rows.push(...opened);
  }
  const shown = rows.slice(0, CASES_PER_PAGE);
  const details = await readCaseListDetails(shown.map((r) => r.id));
  return {
    rows: shown.map((r): CaseListRow => ({
      ...r,
      unreadMessages: details.unread.get(r.id) ?? 0,
      platforms: details.platforms.get(r.id) ?? [],
      harms: details.harms.get(r.id) ?? [],
      reviewAsked: details.reviewAsked.has(r.id),
    })),
    /** By status; a number above countCap means "more than countCap". */
    counts: counted.counts,
    countCap,
    /** Exact when `pages` is a number; otherwise more than countCap. */
    total,
    page,
    pages,
    hasNext: rows.length > CASES_PER_PAGE,
    oneSchool: isOneSchool(user),
  };
}

/** A DSL or deputy of one school and nothing else: every row is that school's, so no school column. */
type ListRow = Prisma.ConcernGetPayload<{ select: typeof ROW }>;
const UNOPENED_ORDER = [{ urgent: 'desc' }, { lastActivityAt: 'desc' }, { id: 'asc' }] as const;
const OPENED_ORDER = [{ lastActivityAt: 'desc' }, { id: 'asc' }] as const;
const STATUSES = Object.values(ConcernStatus);

// Prisma orders a count with `take` (by id unless told), which would sort every row in reach or walk the
// whole table by id. Ordered by the status each count fixes, the order costs nothing; the unopened ones
// are few, and in the front door's index order.
const BY_STATUS = { status: 'asc' } as const;
const BY_FIRST_OPENED = { firstOpenedAt: 'asc' } as const;

/**
 * Cases by status, and how many are unopened. One school's reach is bounded by the school's size: counted
 * exactly, by status in one statement. A federation's grows with every school in it (260,000 concerns for
 * six schools at 10 million), and a front door's spans the partnership (1.4 million): each status is
 * counted up to cap + 1 (a count over LIMIT, read from the status's own index range) and the unopened ones
 * up to unopenedCap. A count at or under the cap is exact, so a reach of a few thousand cases sees the same
 * numbers either way. A front door's parts never overlap and are counted one index each (their OR would
 * read every row in reach). `capped` names the statuses where a count stopped at its limit.
 */
async function countCases(
  user: SessionUser,
  scope: Prisma.ConcernWhereInput,
  parts: Prisma.ConcernWhereInput[],
  filtered: Prisma.ConcernWhereInput[],
  withStatus: Prisma.ConcernWhereInput[],
  cap: number,
  unopenedCap: number,
) {
  const db = getDb();
  const counts: Partial<Record<ConcernStatus, number>> = {};
  const capped = new Set<ConcernStatus>();
  if (frontDoorPartnershipIds(user).length === 0 && scopedSchoolIds(user).length === 1) {
    const [byStatus, unopened] = await Promise.all([
      db.concern.groupBy({ by: ['status'], where: { AND: [scope, ...filtered] }, _count: { _all: true } }),
      db.concern.count({ where: { AND: [scope, ...withStatus, { firstOpenedAt: null }] } }),
    ]);
    for (const g of byStatus) counts[g.status] = g._count._all;
    return { counts, capped, unopened };
  }
  const reach = scopedSchoolIds(user).length === 0 ? parts : [scope];
  const [byStatus, unopened] = await Promise.all([
    Promise.all(
      reach.flatMap((r) =>
        STATUSES.map(async (status) => ({
          status,
          n: await db.concern.count({
            where: { AND: [r, ...filtered, { status }] },
            take: cap + 1,
            orderBy: BY_STATUS,
          }),
        })),
      ),
    ),
    Promise.all(
      reach.map((r) =>
        db.concern.count({
          where: { AND: [r, ...withStatus, { firstOpenedAt: null }] },
          take: unopenedCap,
          orderBy: BY_FIRST_OPENED,
        }),
      ),
    ),
  ]);
  for (const { status, n } of byStatus) {
    if (n > 0) counts[status] = (counts[status] ?? 0) + n;
    if (n > cap) capped.add(status);
  }
  return { counts, capped, unopened: unopened.reduce((a, b) => a + b, 0) };
}

/**
 * One page of a segment in the list's order. With one part the database skips; with several, each part
 * gives its first skip + take rows in the same order (an index walk each) and they are merged here.
 */
async function readSegment(
  parts: Prisma.ConcernWhereInput[],
  where: Prisma.ConcernWhereInput[],
  order: typeof UNOPENED_ORDER | typeof OPENED_ORDER,
  skip: number,
  take = CASES_PER_PAGE,
): Promise<ListRow[]> {
  const read = (part: Prisma.ConcernWhereInput, from: number, count: number) =>
    getDb().concern.findMany({
      where: { AND: [part, ...where] },
      orderBy: [...order],
      skip: from,
      take: count,
      select: ROW,
    });
  if (parts.length === 1) return read(parts[0]!, skip, take);
  const lists = await Promise.all(parts.map((part) => read(part, 0, skip + take)));
  const byId = new Map(lists.flat().map((row) => [row.id, row]));
  const urgentFirst = order === UNOPENED_ORDER;
  return [...byId.values()]
    .sort(
      (a, b) =>
        (urgentFirst ? Number(b.urgent) - Number(a.urgent) : 0) ||
        b.lastActivityAt.getTime() - a.lastActivityAt.getTime() ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(skip, skip + take);
}

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
