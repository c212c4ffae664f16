import 'server-only';
import { getDb } from '@/lib/db';

export interface AccountPatternSummary {
  id: string;
  platform: string;
  concerns: number;
  schools: number;
  firstSeen: Date;
  lastSeen: Date;
  references: string[];
}

/** The newest patterns shown; older ones stay recorded. */
const SHOWN = 100;

/**
 * The partnership's account patterns for the front door, newest match first: the platform, how many
 * concerns and schools, when, and the references. Never the identifier: it is not even read. Counts come
 * from the concerns still held, so a pattern whose reports retention has deleted down to one is not shown.
 * `partnershipId` is the reader's, from requirePartnership('account-patterns.read').
 */
export async function listAccountPatterns(partnershipId: string): Promise<AccountPatternSummary[]> {
  const db = getDb();
  const patterns = await db.accountPattern.findMany({
    where: { partnershipId },
    orderBy: { lastMatchedAt: 'desc' },
    take: SHOWN,
    select: { id: true, platformId: true, identifierHash: true, platform: { select: { name: true } } },
  });
  if (patterns.length === 0) return [];
  const matches = await db.concernAccountIdentifier.findMany({
    where: {
      partnershipId,
      OR: patterns.map((p) => ({ platformId: p.platformId, identifierHash: p.identifierHash })),
    },
    select: {
      platformId: true,
      identifierHash: true,
      concern: { select: { reference: true, schoolId: true, submittedAt: true } },
    },
    orderBy: { concern: { submittedAt: 'asc' } },
  });
  return patterns.flatMap((pattern) => {
    const concerns = matches
      .filter((m) => m.platformId === pattern.platformId && m.identifierHash === pattern.identifierHash)
      .map((m) => m.concern);
    if (concerns.length < 2) return [];
    return [
      {
        id: pattern.id,
        platform: pattern.platform.name,
        concerns: concerns.length,
        schools: new Set(concerns.map((c) => c.schoolId ?? 'none')).size,
        firstSeen: concerns[0]!.submittedAt,
        lastSeen: concerns.at(-1)!.submittedAt,
        references: concerns.map((c) => c.reference),
      },
    ];
  });
}
