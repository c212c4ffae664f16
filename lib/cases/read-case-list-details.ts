import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Unread messages, platforms, harms and open reviews of the case list's page, for those rows only: queries in
 * parallel whatever the page holds. (Relations in the list's own select would be read once per segment, and
 * a relation _count makes Prisma join an aggregate of every unread message in the database: fine for a
 * demo, hundreds of ms at a million.)
 */
export async function readCaseListDetails(ids: string[]) {
  const db = getDb();
  const concernId = { in: ids };
  const [unread, platforms, harms, reviews] = ids.length
    ? await Promise.all([
        db.message.groupBy({
          by: ['concernId'],
          where: { concernId, author: 'REPORTER', readAt: null },
          _count: { _all: true },
        }),
        db.concernPlatform.findMany({
          where: { concernId },
          select: { concernId: true, platform: { select: { name: true } } },
          orderBy: [{ platform: { sortOrder: 'asc' } }, { platform: { name: 'asc' } }],
        }),
        db.concernHarm.findMany({
          where: { concernId },
          select: { concernId: true, harmCategory: { select: { name: true } } },
          orderBy: [{ harmCategory: { sortOrder: 'asc' } }, { harmCategory: { name: 'asc' } }],
        }),
        // A parent asked for a review (lib/reviews/): one open per concern, from its partial index.
        db.reviewRequest.findMany({ where: { concernId, status: 'OPEN' }, select: { concernId: true } }),
      ])
    : [[], [], [], []];
  return {
    unread: new Map(unread.map((u) => [u.concernId, u._count._all])),
    platforms: groupNames(platforms.map((p) => [p.concernId, p.platform.name])),
    harms: groupNames(harms.map((h) => [h.concernId, h.harmCategory.name])),
    reviewAsked: new Set(reviews.map((r) => r.concernId)),
  };
}

function groupNames(pairs: [string, string][]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const [id, name] of pairs) by.set(id, [...(by.get(id) ?? []), name]);
  return by;
}
