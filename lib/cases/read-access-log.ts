import 'server-only';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/** Entries on one page of a case's access log: the page stays the same size however often it is read. */
export const ACCESS_LOG_PAGE_SIZE = 25;

/** Audit actions that read the record rather than change it. */
export const READ_ACTIONS = new Set([
  'concern.view',
  'concern.print',
  'concern.export.pdf',
  // The front door reading a concern through a parent's review (lib/reviews/).
  'concern.review.view',
  'concern.review.print',
  'concern.review.pdf',
]);

export interface AccessByPerson {
  name: string;
  views: number;
  changes: number;
  lastAt: Date;
}

/** The furthest page asked for that is still looked up as asked (any further shows the last page). */
const MAX_PAGE = 1_000_000;

interface AccessLogRow {
  groups: { actorId: string | null; name: string | null; action: string; n: number; last: string }[];
  lastView: { at: string; name: string | null } | null;
  entries: { id: string; at: string; action: string; name: string | null }[];
  total: number;
  number: number;
}

/**
 * Who looked at or changed a case: counts per person (grouped over the (concernId, at) index, so its cost
 * follows the number of people, not of views), the last view and, when `page` is given, that page of
 * entries, newest first, all in one statement. A page past the end shows the last one; anything that is not
 * a page number, the first.
 */
export async function readAccessLog(tx: Tx, concernId: string, page: number | null) {
  const wanted = Number.isSafeInteger(page) ? Math.min(MAX_PAGE, Math.max(1, page as number)) : 1;
  const concern = Prisma.sql`${concernId}::uuid`;
  const [row] = await tx.$queryRaw<AccessLogRow[]>`
    WITH g AS (
      SELECT "actorId", action, count(*)::int AS n, max(at) AS last
      FROM "AuditEntry" WHERE "concernId" = ${concern} GROUP BY 1, 2
    ), total AS (
      SELECT coalesce(sum(n), 0)::int AS entries FROM g
    ), shown AS (
      SELECT LEAST(GREATEST(ceil(entries / ${ACCESS_LOG_PAGE_SIZE}::numeric)::int, 1), ${wanted}::int) AS number
      FROM total
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('actorId', g."actorId", 'name', u.name, 'action', g.action,
         'n', g.n, 'last', g.last)), '[]'::json)
       FROM g LEFT JOIN "StaffUser" u ON u.id = g."actorId") AS groups,
      (SELECT json_build_object('at', a.at, 'name', u.name)
       FROM "AuditEntry" a LEFT JOIN "StaffUser" u ON u.id = a."actorId"
       WHERE a."concernId" = ${concern} AND a.action = ANY(${[...READ_ACTIONS]}::text[])
       ORDER BY a.at DESC, a.id DESC LIMIT 1) AS "lastView",
      (SELECT coalesce(json_agg(json_build_object('id', p.id::text, 'at', p.at, 'action', p.action, 'name', p.name)
         ORDER BY p.at DESC, p.id DESC), '[]'::json)
       FROM (SELECT a.id, a.at, a.action, u.name
             FROM "AuditEntry" a LEFT JOIN "StaffUser" u ON u.id = a."actorId"
             WHERE a."concernId" = ${concern}
             ORDER BY a.at DESC, a.id DESC
             OFFSET (SELECT (number - 1) * ${ACCESS_LOG_PAGE_SIZE} FROM shown)
             LIMIT ${page === null ? 0 : ACCESS_LOG_PAGE_SIZE}) p) AS entries,
      (SELECT entries FROM total) AS total,
      (SELECT number FROM shown) AS number`;
  const people = new Map<string, AccessByPerson>();
  for (const g of row?.groups ?? []) {
    const key = g.actorId ?? '';
    const person = people.get(key) ?? { name: g.name ?? 'System', views: 0, changes: 0, lastAt: new Date(0) };
    if (READ_ACTIONS.has(g.action)) person.views += g.n;
    else person.changes += g.n;
    const last = new Date(g.last);
    if (last > person.lastAt) person.lastAt = last;
    people.set(key, person);
  }
  const byPerson = [...people.values()].sort((a, b) => b.views + b.changes - (a.views + a.changes));
  const entries = row?.total ?? 0;
  const lastView = row?.lastView;
  return {
    summary: {
      entries,
      views: byPerson.reduce((sum, p) => sum + p.views, 0),
      people: byPerson.filter((p) => p.views > 0).length,
      lastView: lastView ? { name: lastView.name ?? 'System', at: new Date(lastView.at) } : null,
      byPerson,
    },
    page: {
      number: row?.number ?? 1,
      count: Math.max(1, Math.ceil(entries / ACCESS_LOG_PAGE_SIZE)),
      entries: (row?.entries ?? []).map((e) => ({
        id: BigInt(e.id),
        at: new Date(e.at),
        action: e.action,
        actor: e.name === null ? null : { name: e.name },
      })),
    },
  };
}

export type AccessLog = Awaited<ReturnType<typeof readAccessLog>>;
