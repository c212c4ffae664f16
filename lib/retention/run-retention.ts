// The retention run, called by the worker a batch at a time through the night (lib/worker/start-worker.ts).
import type { Db } from '@/lib/db';
import { deleteExpiredDrafts } from '@/lib/reporting/delete-expired-drafts';
import { CONCERN_BATCH, deleteExpiredConcerns } from './delete-expired-concerns';
import { AUDIT_BATCH, purgeExpiredAudit } from './purge-expired-audit';

export interface RetentionRun {
  concerns: number;
  auditEntries: number;
  drafts: number;
  /** A batch was full: call again at once. */
  more: boolean;
}

/** One batch of each kind of deletion, for every partnership. Idempotent: what is gone is not found again. */
export async function runRetention(
  db: Db,
  now: Date,
  batches: { concerns?: number; audit?: number } = {},
): Promise<RetentionRun> {
  const concernBatch = batches.concerns ?? CONCERN_BATCH;
  const auditBatch = batches.audit ?? AUDIT_BATCH;
  const partnerships = await db.partnership.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  let concerns = 0;
  let more = false;
  for (const { id } of partnerships) {
    const deleted = await deleteExpiredConcerns(db, id, now, concernBatch);
    concerns += deleted;
    if (deleted === concernBatch) more = true;
  }
  const auditEntries = await purgeExpiredAudit(db, now, auditBatch);
  if (auditEntries >= auditBatch) more = true;
  const drafts = await deleteExpiredDrafts(db, now);
  return { concerns, auditEntries, drafts, more };
}

/** Deletion runs at night (01:00 to 05:00 in the UK), when nobody is working on a case. */
export function isRetentionNight(at: Date): boolean {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(
      at,
    ),
  );
  return hour >= 1 && hour < 5;
}
