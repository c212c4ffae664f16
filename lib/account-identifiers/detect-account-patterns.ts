import 'server-only';
import { partnershipSite } from '@/lib/email/partnership-site';
import type { Tx } from '@/lib/db';
import { accountPatternEmail } from '@/lib/email/templates/account-pattern-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { uuidv7 } from '@/lib/encryption/encrypt-write';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
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
  // One statement, the keys in sorted order (a function scan over the array returns its rows in order), so
  // two transactions lock shared keys in the same order and cannot deadlock.
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtextextended(key, 0)))::int AS locked
    FROM unnest(${keys}::text[]) AS key`;
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

/**
 * Records the pattern (new, or matched again) and, when it is new or the quiet window after the last email
 * has passed, marks it told and queues one email to each of the front-door team: one statement for the
 * pattern, one for the emails.
 */
async function recordPattern(tx: Tx, partnershipId: string, match: SentIdentifier, now: Date) {
  const quietSince = new Date(now.getTime() - PATTERN_QUIET_DAYS * 86_400_000);
  const [pattern] = await tx.$queryRaw<{ id: string; told: boolean }[]>`
    INSERT INTO "AccountPattern" AS p (id, "partnershipId", "platformId", "identifierHash", "lastMatchedAt",
      "notifiedAt")
    VALUES (${uuidv7()}::uuid, ${partnershipId}::uuid, ${match.platformId}::uuid, ${match.identifierHash},
      ${now}, ${now})
    ON CONFLICT ("partnershipId", "platformId", "identifierHash") DO UPDATE SET "lastMatchedAt" = ${now},
      "notifiedAt" = CASE WHEN p."notifiedAt" IS NULL OR p."notifiedAt" <= ${quietSince} THEN ${now}
        ELSE p."notifiedAt" END
    RETURNING id::text, "notifiedAt" = ${now} AS told`;
  if (!pattern?.told) return false;
  const [site, team] = await Promise.all([
    partnershipSite(tx, partnershipId),
    frontDoorTeam(tx, partnershipId),
  ]);
  const email = accountPatternEmail(site);
  await enqueueEmails(
    tx,
    team.map((recipient) => ({
      kind: 'account-pattern.found',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('account-pattern', pattern.id, String(now.getTime()), recipient.key),
      partnershipId,
    })),
  );
  return true;
}
