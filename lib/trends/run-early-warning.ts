import 'server-only';
import { getDb, type Tx } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log';
import { ANY } from './dimensions';
import { BASELINE_DAYS, WINDOW_DAYS, testForRise } from './early-warning-method';
import { findNewPlatformNames } from './find-new-platform-names';
import { notifyStaffOfFlag, type NewFlag } from './notify-staff-of-flag';

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week holding `now`: the window is the two whole weeks before it. */
export function windowStartFor(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
  return new Date(monday.getTime() - WINDOW_DAYS * DAY);
}

/**
 * The scheduled early-warning job. Run it daily (the worker's scheduler calls runEarlyWarning(new Date()));
 * running it more often is harmless: a flag is raised once per subject per window and a subject flagged in
 * the previous window is not raised again, so each flag — and its email — happens once.
 */
export async function runEarlyWarning(now: Date): Promise<{ raised: number }> {
  const db = getDb();
  const env = getEnv();
  const windowStart = windowStartFor(now);
  const windowEnd = new Date(windowStart.getTime() + WINDOW_DAYS * DAY);
  const baselineStart = new Date(windowStart.getTime() - BASELINE_DAYS * DAY);
  const rows = await db.$queryRaw<
    {
      partnershipId: string;
      platformId: string;
      harmCategoryId: string;
      observed: bigint;
      baseline: bigint;
    }[]
  >`
    SELECT "partnershipId", "platformId", "harmCategoryId",
      COALESCE(sum("concerns") FILTER (WHERE "week" >= ${windowStart}::date), 0) AS observed,
      COALESCE(sum("concerns") FILTER (WHERE "week" < ${windowStart}::date), 0) AS baseline
    FROM "TrendCell"
    WHERE "week" >= ${baselineStart}::date AND "week" < ${windowEnd}::date
      AND ("platformId" = ${ANY}::uuid) <> ("harmCategoryId" = ${ANY}::uuid)
    GROUP BY 1, 2, 3`;
  const names = await subjectNames();
  const candidates: NewFlag[] = [];
  for (const row of rows) {
    const test = testForRise(Number(row.observed), Number(row.baseline), env.EARLY_WARNING_MIN_COUNT);
    if (!test.flagged) continue;
    const isPlatform = row.platformId !== ANY;
    const subjectKey = isPlatform ? row.platformId : row.harmCategoryId;
    candidates.push({
      partnershipId: row.partnershipId,
      kind: isPlatform ? 'PLATFORM_RISE' : 'HARM_RISE',
      subjectKey,
      subjectName: names.get(subjectKey) ?? 'Unknown',
      windowStart,
      observed: test.observed,
      expected: test.expected,
      pValue: test.pValue,
    });
  }
  candidates.push(...(await findNewPlatformNames(db, windowStart, windowEnd)));
  let raised = 0;
  for (const flag of candidates) {
    if (await db.$transaction((tx) => raiseOnce(tx, flag))) raised++;
  }
  logger().info({ job: 'early-warning', raised }, 'early warning run');
  return { raised };
}

async function subjectNames(): Promise<Map<string, string>> {
  const db = getDb();
  const [platforms, harms] = await Promise.all([
    db.platform.findMany({ select: { id: true, name: true } }),
    db.harmCategory.findMany({ select: { id: true, name: true } }),
  ]);
  return new Map([...platforms, ...harms].map((x) => [x.id, x.name]));
}

async function raiseOnce(tx: Tx, flag: NewFlag): Promise<boolean> {
  const recentSince = new Date(flag.windowStart.getTime() - WINDOW_DAYS * DAY);
  const earlier = await tx.trendFlag.findFirst({
    where: {
      partnershipId: flag.partnershipId,
      kind: flag.kind,
      subjectKey: flag.subjectKey,
      // A new name is news once; a rise again after a quiet fortnight is news again.
      ...(flag.kind === 'NEW_PLATFORM_NAME' ? {} : { windowStart: { gte: recentSince } }),
    },
  });
  if (earlier) return false;
  const created = await tx.trendFlag.createManyAndReturn({ data: [flag], skipDuplicates: true });
  const [row] = created;
  if (!row) return false;
  await notifyStaffOfFlag(tx, { ...flag, id: row.id });
  return true;
}
