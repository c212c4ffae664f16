// Walks the audit chain in order and recomputes every hash. Used by `npm run audit:verify` and its tests.
import type { Db } from '@/lib/db';
import { AUDIT_PURGE_ACTION } from './audit-purge-action';
import { auditEntryHash, type ChainedEntry } from './audit-chain-hash';

export interface BrokenLink {
  id: bigint;
  chainPosition: bigint;
  reason: string;
}

export interface ChainReport {
  checked: number;
  /** The hash of the newest entry: note it somewhere else to detect a rewrite of the whole chain later. */
  headHash: string | null;
  /** Entries written before the chain existed carry no hash and are not checked. */
  unchained: number;
  /** When retention removed the oldest entries: the position of the last one removed, as its anchor says. */
  purgedThrough: bigint | null;
  firstBroken: BrokenLink | null;
}

const PAGE = 5_000;

type Row = Omit<ChainedEntry, 'chainPosition' | 'prevHash'> & {
  chainPosition: bigint;
  prevHash: string;
  hash: string;
};

async function page(db: Db, after: bigint): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT id, "chainPosition", "prevHash", hash, "actorId"::text AS "actorId", action, subject,
           "subjectId", "concernId"::text AS "concernId", detail::text AS "detailText",
           (extract(epoch FROM at) * 1000)::bigint AS "atMs"
    FROM "AuditEntry" WHERE "chainPosition" > ${after}
    ORDER BY "chainPosition" LIMIT ${PAGE}`;
}

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const unchained = await db.auditEntry.count({ where: { chainPosition: null } });
  let previous: Row | null = null;
  let checked = 0;
  let purgedThrough: bigint | null = null;
  for (let after = 0n; ;) {
    const rows = await page(db, after);
    if (after === 0n && rows[0]) {
      const start = await checkStart(db, rows[0]);
      purgedThrough = start.purgedThrough;
      if (start.broken)
        return { checked, headHash: null, unchained, purgedThrough, firstBroken: start.broken };
    }
    for (const row of rows) {
      const broken = checkLink(previous, row);
      if (broken) return { checked, headHash: null, unchained, purgedThrough, firstBroken: broken };
      previous = row;
      checked += 1;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.chainPosition;
  }
  return { checked, headHash: previous?.hash ?? null, unchained, purgedThrough, firstBroken: null };
}

/**
 * The chain may start after position 1 only where the retention purge says it does: its newest anchor
 * entry (itself chained, so it cannot be altered unseen) names the last position removed and its hash.
 */
async function checkStart(
  db: Db,
  first: Row,
): Promise<{ purgedThrough: bigint | null; broken?: BrokenLink }> {
  if (first.chainPosition === 1n) return { purgedThrough: null };
  const [anchor] = await db.$queryRaw<{ through: string | null; hash: string | null }[]>`
    SELECT detail->>'throughPosition' AS through, detail->>'throughHash' AS hash FROM "AuditEntry"
    WHERE action = ${AUDIT_PURGE_ACTION} AND detail ? 'throughPosition'
    ORDER BY "chainPosition" DESC LIMIT 1`;
  const at = { id: first.id, chainPosition: first.chainPosition };
  if (!anchor?.through) {
    return {
      purgedThrough: null,
      broken: { ...at, reason: 'entries before it are missing and no retention purge removed them' },
    };
  }
  const through = BigInt(anchor.through);
  if (first.chainPosition !== through + 1n || first.prevHash !== anchor.hash) {
    return {
      purgedThrough: through,
      broken: {
        ...at,
        reason: `the retention purge removed entries up to position ${through}, but not these`,
      },
    };
  }
  return { purgedThrough: through };
}

function checkLink(previous: Row | null, row: Row): BrokenLink | null {
  const at = { id: row.id, chainPosition: row.chainPosition };
  // The oldest entries may have been removed by the retention policy (checkStart): the chain is checked
  // from the oldest entry that remains, and within it nothing may be missing.
  if (previous && row.chainPosition !== previous.chainPosition + 1n) {
    return { ...at, reason: `entries before it are missing (positions ${previous.chainPosition + 1n}…)` };
  }
  if (previous && row.prevHash !== previous.hash) {
    return { ...at, reason: 'it does not carry the hash of the entry before it' };
  }
  if (auditEntryHash(row) !== row.hash) {
    return { ...at, reason: 'its contents do not match its hash (it was changed after it was written)' };
  }
  return null;
}
