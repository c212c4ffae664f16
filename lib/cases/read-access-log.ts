import 'server-only';
import type { Tx } from '@/lib/db';

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

/**
 * Who looked at or changed a case: counts per person (one grouped query over the (concernId, at) index, so
 * its cost follows the number of people, not of views) and, when `page` is given, that page of entries,
 * newest first. A page past the end shows the last one; anything that is not a page number, the first.
 */
export async function readAccessLog(tx: Tx, concernId: string, page: number | null) {
  const groups = await tx.auditEntry.groupBy({
    by: ['actorId', 'action'],
    where: { concernId },
    _count: { _all: true },
    _max: { at: true },
  });
  const names = await actorNames(
    tx,
    groups.map((g) => g.actorId),
  );
  const people = new Map<string, AccessByPerson>();
  let entries = 0;
  for (const g of groups) {
    entries += g._count._all;
    const key = g.actorId ?? '';
    const person = people.get(key) ?? {
      name: names.get(key) ?? 'System',
      views: 0,
      changes: 0,
      lastAt: new Date(0),
    };
    if (READ_ACTIONS.has(g.action)) person.views += g._count._all;
    else person.changes += g._count._all;
    if (g._max.at && g._max.at > person.lastAt) person.lastAt = g._max.at;
    people.set(key, person);
  }
  const byPerson = [...people.values()].sort((a, b) => b.views + b.changes - (a.views + a.changes));
  const lastView = await tx.auditEntry.findFirst({
    where: { concernId, action: { in: [...READ_ACTIONS] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true, actor: { select: { name: true } } },
  });
  const count = Math.max(1, Math.ceil(entries / ACCESS_LOG_PAGE_SIZE));
  const number = Math.min(count, Math.max(1, Number.isSafeInteger(page) ? (page as number) : 1));
  return {
    summary: {
      entries,
      views: byPerson.reduce((sum, p) => sum + p.views, 0),
      people: byPerson.filter((p) => p.views > 0).length,
      lastView: lastView ? { name: lastView.actor?.name ?? 'System', at: lastView.at } : null,
      byPerson,
    },
    page: { number, count, entries: page === null ? [] : await readPage(tx, concernId, number) },
  };
}

export type AccessLog = Awaited<ReturnType<typeof readAccessLog>>;

function readPage(tx: Tx, concernId: string, number: number) {
  return tx.auditEntry.findMany({
    where: { concernId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (number - 1) * ACCESS_LOG_PAGE_SIZE,
    take: ACCESS_LOG_PAGE_SIZE,
    select: { id: true, at: true, action: true, actor: { select: { name: true } } },
  });
}

async function actorNames(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await tx.staffUser.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}
