// Which closed concerns the policy makes due by a date. Reads only dates, ages and ids (never content),
// with the one SQL definition of a due date (retention_due, migration issue7_retention).
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { OLDEST_CHILD_AGE, submittedNoLaterThan, type RetentionValues } from './retention-policy';

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

/**
 * When a concern is due. A case linked to a child record whose date of birth is known follows the child:
 * kept to the end of the year the child turns the policy's age (25 by default; the year is the plain part of
 * the encrypted date), and never sooner after submission than the age rule allows for an 18-year-old, which
 * keeps submittedNoLaterThan's bound true. Otherwise retention_due (migration issue7_retention).
 */
const dueAt = (policy: RetentionValues, alias: 'c' | 'o' = 'c') => {
  const a = Prisma.raw(alias);
  return Prisma.sql`COALESCE((SELECT GREATEST(
      make_timestamptz(r."birthYear" + ${policy.keepUntilChildAge}::int + 1, 1, 1, 0, 0, 0, 'Europe/London'),
      ${a}."submittedAt" + make_interval(years => ${policy.keepUntilChildAge}::int - ${OLDEST_CHILD_AGE}::int))
    FROM "ChildRecord" r WHERE r.id = ${a}."childRecordId" AND r."birthYear" IS NOT NULL),
    retention_due(${a}."closedAt", ${a}."submittedAt", ${a}."childAge", ${a}."childYear",
      ${policy.keepUntilChildAge}::int, ${policy.yearsAfterClosure}::int))`;
};

/** The child's age is known: from the parent's answers, or a date of birth on the child record. */
const ageKnown = Prisma.sql`(COALESCE(c."childAge", c."childYear") IS NOT NULL OR EXISTS (SELECT 1
  FROM "ChildRecord" r WHERE r.id = c."childRecordId" AND r."birthYear" IS NOT NULL))`;

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
      AND (o.status <> 'CLOSED' OR o."closedAt" IS NULL OR ${dueAt(policy, 'o')} > ${dueBy}))`;
}

/**
 * When retention will delete this concern, as the nightly job decides it (whereDue): its own due date, or
 * for a case linked to a child record the latest of that child's cases, none while any of them is open.
 * Null when not yet closed. For the subject access export; a legal hold is said separately.
 */
export async function concernDueAt(
  db: Db | Tx,
  concernId: string,
  policy: RetentionValues,
): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ dueAt: Date | null }[]>`
    SELECT CASE WHEN bool_or(o.status <> 'CLOSED' OR o."closedAt" IS NULL) THEN NULL
      ELSE max(${dueAt(policy, 'o')}) END AS "dueAt"
    FROM "Concern" c JOIN "Concern" o
      ON o.id = c.id OR (c."childRecordId" IS NOT NULL AND o."childRecordId" = c."childRecordId")
    WHERE c.id = ${concernId}::uuid`;
  return row?.dueAt ?? null;
}

/** A hold on any case of a child holds every case of that child. */
const held = Prisma.sql`(c."legalHold" OR EXISTS (SELECT 1 FROM "Concern" o
  WHERE c."childRecordId" IS NOT NULL AND o."childRecordId" = c."childRecordId" AND o."legalHold"))`;

/** For the preview pages: every concern due by `dueBy`, held ones included, soonest first. */
export function listDueConcerns(db: Db | Tx, partnershipId: string, policy: RetentionValues, dueBy: Date) {
  return db.$queryRaw<DueConcern[]>`
    SELECT c.id::text AS id, c.reference, c."submittedAt", c."closedAt", ${dueAt(policy)} AS "dueAt",
      ${ageKnown} AS "ageKnown", ${held} AS "legalHold",
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
      ${ageKnown} AS "ageKnown", ${held} AS "legalHold",
      c."schoolId"::text AS "schoolId"
    FROM "Concern" c WHERE ${whereDue(partnershipId, policy, now)} AND NOT ${held}
    ORDER BY c."submittedAt" LIMIT ${limit} FOR UPDATE OF c SKIP LOCKED`;
}
