import 'server-only';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';

/**
 * Whether a new journey may start: its address has not started too many lately, and fewer than
 * REPORT_DRAFT_MAX_LIVE journeys are live, so a flood cannot fill the database. Only new journeys are
 * turned away; one under way always saves. The cap is counted, not locked: parallel starts may pass it by
 * as many as run at once.
 */
export async function roomForNewDraft(address: string): Promise<boolean> {
  if (!(await consumeLimit('report.draft.address', address)).allowed) return false;
  const live = await getDb().reportDraft.count({ where: { expiresAt: { gt: new Date() } } });
  return live < getEnv().REPORT_DRAFT_MAX_LIVE;
}
