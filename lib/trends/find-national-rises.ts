import 'server-only';
import { getDb } from '@/lib/db';
import { WINDOW_DAYS } from './early-warning-method';
import { windowStartFor } from './run-early-warning';

const DAY = 86_400_000;
/** Two areas at once is already more than one partnership's own story. */
const MIN_AREAS = 2;

export interface NationalRise {
  platformId: string;
  platformName: string;
  /** How many partnerships' spike test flagged it: the only figure shown, never their counts. */
  areas: number;
}

/**
 * National early warning: each partnership's own spike test (lib/trends/run-early-warning.ts) read across
 * the deployment. A platform flagged as rising in at least two partnerships within this fortnight or the
 * one before is rising in several areas at once. Built from the flags alone, so it inherits their
 * thresholds and says nothing a partnership's trends would hide.
 */
export async function findNationalRises(now: Date = new Date()): Promise<NationalRise[]> {
  const since = new Date(windowStartFor(now).getTime() - WINDOW_DAYS * DAY);
  return getDb().$queryRaw<NationalRise[]>`
    SELECT p.id AS "platformId", p.name AS "platformName", count(DISTINCT f."partnershipId")::int AS areas
    FROM "TrendFlag" f
    JOIN "Platform" p ON p.id::text = f."subjectKey"
    WHERE f.kind = 'PLATFORM_RISE' AND f."windowStart" >= ${since}::date
    GROUP BY p.id, p.name
    HAVING count(DISTINCT f."partnershipId") >= ${MIN_AREAS}
    ORDER BY areas DESC, p.name`;
}
