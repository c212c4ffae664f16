import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Deletes abandoned journeys (and sent ones past their confirmation window). The journey calls it now and
 * then; a worker may call it on a timer. Returns how many were deleted.
 */
export async function deleteExpiredDrafts(now = new Date()): Promise<number> {
  const { count } = await getDb().reportDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
