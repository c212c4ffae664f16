// Deletes audit entries older than the policy allows, oldest first, a batch per call, without breaking
// tamper evidence: each batch writes a chained entry (the anchor) naming the position and hash of the
// last entry it removed, so `npm run audit:verify` checks that the oldest kept entry follows exactly that.
import type { Db, Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { AUDIT_PURGE_ACTION } from '@/lib/audit/audit-purge-action';
import { DEFAULT_RETENTION_POLICY } from './retention-policy';

export const AUDIT_BATCH = 5_000;

/**
 * The chain is one for the whole service, so entries go only when every partnership's policy lets them:
 * the longest period wins.
 */
async function auditCutoff(tx: Tx, now: Date): Promise<Date> {
  const [row] = await tx.$queryRaw<{ years: number | null }[]>`
    SELECT max(COALESCE(r."auditYears", ${DEFAULT_RETENTION_POLICY.auditYears}))::int AS years
    FROM "Partnership" p LEFT JOIN "RetentionPolicy" r ON r."partnershipId" = p.id`;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - (row?.years ?? DEFAULT_RETENTION_POLICY.auditYears));
  return cutoff;
}

/** Returns how many entries were deleted (0 when nothing has expired). */
export async function purgeExpiredAudit(db: Db, now: Date, batch = AUDIT_BATCH): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // The lock the chain trigger takes: writers wait while a batch goes, and two purges take turns.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AuditEntry chain'))`;
      const cutoff = await auditCutoff(tx, now);
      const range = await expiredPrefix(tx, cutoff, batch);
      const unchained = await tx.auditEntry.findMany({
        where: { chainPosition: null, at: { lt: cutoff } },
        select: { id: true },
        take: batch,
      });
      if (!range && unchained.length === 0) return 0;
      await tx.$executeRaw`SELECT set_config('app.retention_purge', 'on', true)`;
      const { count: chained } = range
        ? await tx.auditEntry.deleteMany({
            where: { chainPosition: { gte: range.from, lte: range.through } },
          })
        : { count: 0 };
      const { count: older } = await tx.auditEntry.deleteMany({
        where: { id: { in: unchained.map((u) => u.id) } },
      });
      await tx.$executeRaw`SELECT set_config('app.retention_purge', 'off', true)`;
      await recordAudit(tx, {
        actorId: null,
        action: AUDIT_PURGE_ACTION,
        subject: 'AuditEntry',
        detail: {
          count: chained + older,
          before: cutoff.toISOString(),
          ...(range ? { throughPosition: range.through.toString(), throughHash: range.throughHash } : {}),
        },
      });
      return chained + older;
    },
    { timeout: 60_000 },
  );
}

/**
 * The oldest run of chained entries written before the cutoff, at most `batch` long. Only a prefix of the
 * chain may go: an old entry after a newer one (clocks, long transactions) waits for its turn.
 */
async function expiredPrefix(tx: Tx, cutoff: Date, batch: number) {
  const oldest = await tx.auditEntry.findFirst({
    where: { chainPosition: { not: null } },
    orderBy: { chainPosition: 'asc' },
    select: { chainPosition: true },
  });
  if (!oldest?.chainPosition) return null;
  const firstKept = await tx.auditEntry.findFirst({
    where: { chainPosition: { not: null }, at: { gte: cutoff } },
    orderBy: { chainPosition: 'asc' },
    select: { chainPosition: true },
  });
  // Everything expired: keep the newest entry so the chain has a head to continue from.
  const limit = firstKept?.chainPosition ?? (await lastPosition(tx));
  const through = [limit - 1n, oldest.chainPosition + BigInt(batch) - 1n].reduce((a, b) => (a < b ? a : b));
  if (through < oldest.chainPosition) return null;
  const last = await tx.auditEntry.findUnique({ where: { chainPosition: through }, select: { hash: true } });
  return { from: oldest.chainPosition, through, throughHash: last?.hash ?? '' };
}

async function lastPosition(tx: Tx): Promise<bigint> {
  const head = await tx.auditEntry.findFirst({
    where: { chainPosition: { not: null } },
    orderBy: { chainPosition: 'desc' },
    select: { chainPosition: true },
  });
  return head?.chainPosition ?? 0n;
}
