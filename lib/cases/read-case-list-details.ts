import 'server-only';
import { getDb } from '@/lib/db';

interface DetailRow {
  id: string;
  unread: number;
  platforms: string[];
  harms: string[];
  reviewAsked: boolean;
}

/**
 * Unread messages, platforms, harms and open reviews of the case list's page, for those rows only, in one
 * statement whatever the page holds (a row per case, each detail from its own index by concern). Relations
 * in the list's own select would be read once per segment, and a relation _count makes Prisma join an
 * aggregate of every unread message in the database: fine for a demo, hundreds of ms at a million.
 */
export async function readCaseListDetails(ids: string[]) {
  const rows = ids.length
    ? await getDb().$queryRaw<DetailRow[]>`
        SELECT c.id::text AS id,
          (SELECT count(*)::int FROM "Message" m
            WHERE m."concernId" = c.id AND m.author = 'REPORTER' AND m."readAt" IS NULL) AS unread,
          ARRAY(SELECT p.name FROM "ConcernPlatform" cp JOIN "Platform" p ON p.id = cp."platformId"
            WHERE cp."concernId" = c.id ORDER BY p."sortOrder", p.name) AS platforms,
          ARRAY(SELECT h.name FROM "ConcernHarm" ch JOIN "HarmCategory" h ON h.id = ch."harmCategoryId"
            WHERE ch."concernId" = c.id ORDER BY h."sortOrder", h.name) AS harms,
          -- A parent asked for a review (lib/reviews/): one open per concern, from its partial index.
          EXISTS (SELECT 1 FROM "ReviewRequest" r WHERE r."concernId" = c.id AND r.status = 'OPEN')
            AS "reviewAsked"
        FROM unnest(${ids}::uuid[]) AS c(id)`
    : [];
  return {
    unread: new Map(rows.map((r) => [r.id, r.unread])),
    platforms: new Map(rows.map((r) => [r.id, r.platforms])),
    harms: new Map(rows.map((r) => [r.id, r.harms])),
    reviewAsked: new Set(rows.filter((r) => r.reviewAsked).map((r) => r.id)),
  };
}
