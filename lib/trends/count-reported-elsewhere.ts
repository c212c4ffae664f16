import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RawChange, TrendHeadlineCounts } from './query-trend-headline';

const instant = (day: Date) => Prisma.sql`(${day}::date::timestamp AT TIME ZONE 'Europe/London')`;

/**
 * Concerns sent through this partnership's site about schools of other partnerships, in the headline's span
 * and the span before. Those concerns belong to the school's partnership (its trends count them); this is the
 * site's only sight of them: a count, no rows. Raw: it reaches the page through suppress.ts. Read from the
 * partial index on (reportedViaPartnershipId, submittedAt), which holds only such concerns (the column is
 * null for a concern sent on its own partnership's site).
 */
export async function countReportedElsewhere(
  db: Db | Tx,
  partnershipId: string,
  span: TrendHeadlineCounts['span'],
): Promise<RawChange> {
  const [row] = await db.$queryRaw<{ now: bigint; before: bigint }[]>`
    SELECT count(*) FILTER (WHERE c."submittedAt" >= ${instant(span.first)}) AS now,
      count(*) FILTER (WHERE c."submittedAt" < ${instant(span.first)}) AS before
    FROM "Concern" c
    WHERE c."reportedViaPartnershipId" = ${partnershipId}::uuid
      AND c."submittedAt" >= ${instant(span.previous)} AND c."submittedAt" < ${instant(span.after)}`;
  return { now: Number(row?.now ?? 0), before: Number(row?.before ?? 0) };
}
