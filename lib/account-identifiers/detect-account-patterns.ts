import 'server-only';
import { partnershipSite } from '@/lib/email/partnership-site';
import type { Tx } from '@/lib/db';
import { accountPatternEmail } from '@/lib/email/templates/account-pattern-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { frontDoorTeam } from '@/lib/routing/find-notification-recipients';

/** After the front door is told of a pattern, further matches within this many days send nothing more. */
export const PATTERN_QUIET_DAYS = 7;

interface SentIdentifier {
  platformId: string;
  identifierHash: string;
}

/**
 * In the transaction that stores a concern with account identifiers: finds every identifier now shared by
 * two or more concerns of the partnership, records the pattern (or that it matched again) and queues one
 * email to the front-door team per pattern, not per report, at most once in PATTERN_QUIET_DAYS.
 *
 * Two parents sending the same account at once would each miss the other's uncommitted row, so each
 * identifier is first locked for the rest of the transaction (an advisory lock on its key): the second
 * waits for the first to commit, then counts it.
 */
export async function detectAccountPatterns(
  tx: Tx,
  partnershipId: string,
  sent: SentIdentifier[],
  now = new Date(),
): Promise<number> {
  if (sent.length === 0) return 0;
  const keys = [...new Set(sent.map((s) => `${partnershipId}|${s.platformId}|${s.identifierHash}`))].sort();
  for (const key of keys) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))::text`;
  const matches = await tx.concernAccountIdentifier.groupBy({
    by: ['platformId', 'identifierHash'],
    where: {
      partnershipId,
      OR: sent.map((s) => ({ platformId: s.platformId, identifierHash: s.identifierHash })),
    },
    _count: { _all: true },
  });
  let notified = 0;
  for (const match of matches.filter((m) => m._count._all >= 2)) {
    if (await recordPattern(tx, partnershipId, match, now)) notified += 1;
  }
  return notified;
}

/** Records the pattern; queues its email when it is new or the quiet window has passed. */
async function recordPattern(tx: Tx, partnershipId: string, match: SentIdentifier, now: Date) {
  const where = { partnershipId, platformId: match.platformId, identifierHash: match.identifierHash };
  const pattern = await tx.accountPattern.upsert({
    where: { partnershipId_platformId_identifierHash: where },
    create: { ...where, lastMatchedAt: now },
    update: { lastMatchedAt: now },
    select: { id: true, notifiedAt: true },
  });
  const quietUntil = pattern.notifiedAt && pattern.notifiedAt.getTime() + PATTERN_QUIET_DAYS * 86_400_000;
  if (quietUntil && quietUntil > now.getTime()) return false;
  await tx.accountPattern.update({ where: { id: pattern.id }, data: { notifiedAt: now } });
  const email = accountPatternEmail(await partnershipSite(tx, partnershipId));
  for (const recipient of await frontDoorTeam(tx, partnershipId)) {
    await enqueueEmail(tx, {
      kind: 'account-pattern.found',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('account-pattern', pattern.id, String(now.getTime()), recipient.key),
      partnershipId,
    });
  }
  return true;
}
