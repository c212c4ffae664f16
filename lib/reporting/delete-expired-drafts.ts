import 'server-only';
import type { Db } from '@/lib/db';

/**
 * A parent's unfinished report is kept only until it expires (a draft whose expiry has come reads as gone,
 * `readDraft`): the worker removes what is left behind, off every parent's path. The one home of this rule.
 */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const { count } = await db.reportDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
