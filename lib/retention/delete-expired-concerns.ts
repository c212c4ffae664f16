// The nightly deletion of closed concerns whose time has come. One batch per call, one transaction per
// batch, so 100,000 due concerns never make one huge transaction and a crash loses at most a batch's work
// (which the next run does again: the job is idempotent).
import type { Db, Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { uuidv7 } from '@/lib/encryption/encrypt-write';
import { claimDueConcerns, type DueConcern } from './find-due-concerns';
import { getRetentionPolicy } from './get-retention-policy';
import type { RetentionValues } from './retention-policy';

export const CONCERN_BATCH = 200;

/** Deletes up to `batch` expired concerns of one partnership. Returns how many. */
export async function deleteExpiredConcerns(
  db: Db,
  partnershipId: string,
  now: Date,
  batch = CONCERN_BATCH,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const policy = await getRetentionPolicy(partnershipId, tx);
      const due = await claimDueConcerns(tx, partnershipId, policy, now, batch);
      if (due.length === 0) return 0;
      await deleteConcernRows(
        tx,
        due.map((c) => c.id),
      );
      await recordDeletions(tx, partnershipId, due, policy, now);
      return due.length;
    },
    { timeout: 60_000 },
  );
}

/**
 * Removes the concerns and everything about them but the trend counts. The trend triggers subtract a
 * concern's contribution using its TrendMember row. trend_retire() removes that row first, so TrendCell
 * stays as it was (the triggers fired by the cascades then find neither member nor concern), and adds
 * what it said to TrendRetired, as counts only, so that trend_rebuild() keeps these concerns too.
 * The chronology is append-only: the database allows these deletes only with app.retention_purge set.
 */
export async function deleteConcernRows(tx: Tx, ids: string[]) {
  const concernId = { in: ids };
  await tx.$executeRaw`SELECT set_config('app.retention_purge', 'on', true)`;
  await tx.$executeRaw`SELECT trend_retire(${ids}::uuid[])`;
  await tx.concernEvent.deleteMany({ where: { concernId } });
  await tx.referral.deleteMany({ where: { concernId } });
  await tx.message.deleteMany({ where: { concernId } });
  await tx.outboxEmail.deleteMany({ where: { concernId } });
  const linked = await tx.concern.findMany({
    where: { id: concernId, OR: [{ childRecordId: { not: null } }, { incidentId: { not: null } }] },
    select: { childRecordId: true, incidentId: true },
  });
  // Platforms and harms go with the concern (ON DELETE CASCADE).
  await tx.concern.deleteMany({ where: { id: concernId } });
  await deleteEmptyChildRecords(tx, [...new Set(linked.flatMap((c) => c.childRecordId ?? []))]);
  // An incident's title may name children: it goes with its last concern.
  const incidents = [...new Set(linked.flatMap((c) => c.incidentId ?? []))];
  if (incidents.length > 0)
    await tx.incident.deleteMany({ where: { id: { in: incidents }, concerns: { none: {} } } });
  await tx.$executeRaw`SELECT set_config('app.retention_purge', 'off', true)`;
}

/**
 * A child's file goes with its last case (whereDue keeps its cases together): the child record and the
 * records merged into it, which hold only the name, year group, date of birth and pupil number.
 */
async function deleteEmptyChildRecords(tx: Tx, ids: string[]) {
  if (ids.length === 0) return;
  const empty = { concerns: { none: {} } };
  await tx.childRecord.deleteMany({ where: { mergedIntoId: { in: ids }, ...empty } });
  await tx.childRecord.deleteMany({ where: { id: { in: ids }, ...empty } });
}

async function recordDeletions(
  tx: Tx,
  partnershipId: string,
  due: DueConcern[],
  policy: RetentionValues,
  now: Date,
) {
  const applied = {
    keepUntilChildAge: policy.keepUntilChildAge,
    yearsAfterClosure: policy.yearsAfterClosure,
  };
  // One statement with arrays, not createMany: Prisma took about 50 ms to build a 200-row createMany, half
  // of each batch's time (bench/retention.ts); unnest() does it in about a millisecond.
  await tx.$executeRaw`
    INSERT INTO "DeletionRecord" (id, "partnershipId", "concernId", reference, "submittedAt", "closedAt",
      "dueAt", "deletedAt", reason, policy)
    SELECT d.id, ${partnershipId}::uuid, d.concern, d.reference, d."submittedAt", d."closedAt", d."dueAt",
      ${now}::timestamptz, d.reason, ${JSON.stringify(applied)}::jsonb
    FROM unnest(${due.map(() => uuidv7())}::uuid[], ${due.map((c) => c.id)}::uuid[],
      ${due.map((c) => c.reference)}::text[], ${due.map((c) => c.submittedAt)}::timestamptz[],
      ${due.map((c) => c.closedAt)}::timestamptz[], ${due.map((c) => c.dueAt)}::timestamptz[],
      ${due.map((c) => (c.ageKnown ? 'CHILD_AGE' : 'YEARS_AFTER_CLOSURE'))}::"DeletionReason"[])
      AS d(id, concern, reference, "submittedAt", "closedAt", "dueAt", reason)`;
  // One chained entry per batch names every reference, so the deletions are tamper-evident too.
  await recordAudit(tx, {
    actorId: null,
    action: 'retention.concerns.delete',
    subject: 'Partnership',
    subjectId: partnershipId,
    detail: { count: due.length, references: due.map((c) => c.reference), policy: applied },
  });
}
