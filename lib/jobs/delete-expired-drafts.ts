import 'server-only';
import type { Db } from '@/lib/db';

/** A parent's unfinished report is kept only until it expires: the worker removes what is left behind. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const { count } = await db.reportDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
