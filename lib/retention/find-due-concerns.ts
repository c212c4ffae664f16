// Which closed concerns the policy makes due by a date. Reads only dates, ages and ids (never content),
// with the one SQL definition of a due date (retention_due, migration issue7_retention).
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { submittedNoLaterThan, type RetentionValues } from './retention-policy';

export interface DueConcern {
  id: string;
  reference: string;
  submittedAt: Date;
  closedAt: Date;
  dueAt: Date;
  ageKnown: boolean;
  legalHold: boolean;
  schoolId: string | null;
}

const dueAt = (policy: RetentionValues) => Prisma.sql`retention_due(c."closedAt", c."submittedAt",
  c."childAge", c."childYear", ${policy.keepUntilChildAge}::int, ${policy.yearsAfterClosure}::int)`;

/**
 * Retention follows the child (issue 18): a case linked to a child record is due only when every case of
 * that child is closed and due, so the child's file goes as one and never loses part of its chronology.
 */
function whereDue(partnershipId: string, policy: RetentionValues, dueBy: Date) {
  return Prisma.sql`c."partnershipId" = ${partnershipId}::uuid AND c.status = 'CLOSED'
    AND c."closedAt" IS NOT NULL AND c."submittedAt" <= ${submittedNoLaterThan(policy, dueBy)}
    AND ${dueAt(policy)} <= ${dueBy}
    AND NOT EXISTS (SELECT 1 FROM "Concern" o WHERE c."childRecordId" IS NOT NULL
      AND o."childRecordId" = c."childRecordId" AND o.id <> c.id
      AND (o.status <> 'CLOSED' OR o."closedAt" IS NULL OR retention_due(o."closedAt", o."submittedAt",
        o."childAge", o."childYear", ${policy.keepUntilChildAge}::int, ${policy.yearsAfterClosure}::int) > ${dueBy}))`;
}

/** A hold on any case of a child holds every case of that child. */
const held = Prisma.sql`(c."legalHold" OR EXISTS (SELECT 1 FROM "Concern" o
  WHERE c."childRecordId" IS NOT NULL AND o."childRecordId" = c."childRecordId" AND o."legalHold"))`;

/** For the preview pages: every concern due by `dueBy`, held ones included, soonest first. */
export function listDueConcerns(db: Db | Tx, partnershipId: string, policy: RetentionValues, dueBy: Date) {
  return db.$queryRaw<DueConcern[]>`
    SELECT c.id::text AS id, c.reference, c."submittedAt", c."closedAt", ${dueAt(policy)} AS "dueAt",
      COALESCE(c."childAge", c."childYear") IS NOT NULL AS "ageKnown", ${held} AS "legalHold",
      c."schoolId"::text AS "schoolId"
    FROM "Concern" c WHERE ${whereDue(partnershipId, policy, dueBy)}
    ORDER BY 5, c.reference`;
}

/** Counts for the policy change preview: not held, due by each date. */
export async function countDueConcerns(
  db: Db | Tx,
  partnershipId: string,
  policy: RetentionValues,
  now: Date,
  horizon: Date,
): Promise<{ now: number; byHorizon: number }> {
  const [row] = await db.$queryRaw<{ now: bigint; byHorizon: bigint }[]>`
    SELECT count(*) FILTER (WHERE ${dueAt(policy)} <= ${now}) AS now, count(*) AS "byHorizon"
    FROM "Concern" c WHERE ${whereDue(partnershipId, policy, horizon)} AND NOT ${held}`;
  return { now: Number(row?.now ?? 0), byHorizon: Number(row?.byHorizon ?? 0) };
}

/**
 * For the nightly job: claims up to `limit` due, unheld concerns by locking their rows. SKIP LOCKED lets a
 * second worker take the next ones instead of waiting, and a hold set meanwhile is seen (the row is
 * re-checked when locked).
 */
export function claimDueConcerns(
  tx: Tx,
  partnershipId: string,
  policy: RetentionValues,
  now: Date,
  limit: number,
) {
  return tx.$queryRaw<DueConcern[]>`
    SELECT c.id::text AS id, c.reference, c."submittedAt", c."closedAt", ${dueAt(policy)} AS "dueAt",
      COALESCE(c."childAge", c."childYear") IS NOT NULL AS "ageKnown", ${held} AS "legalHold",
      c."schoolId"::text AS "schoolId"
    FROM "Concern" c WHERE ${whereDue(partnershipId, policy, now)} AND NOT ${held}
    ORDER BY c."submittedAt" LIMIT ${limit} FOR UPDATE OF c SKIP LOCKED`;
}
