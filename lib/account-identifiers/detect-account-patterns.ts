import 'server-only';
import { siteFor } from '@/lib/email/partnership-site';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { accountPatternEmail } from '@/lib/email/templates/account-pattern-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { uuidv7 } from '@/lib/encryption/encrypt-write';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import {
  frontDoorJson,
  uniqueRecipients,
  type NotificationRecipient,
} from '@/lib/routing/find-notification-recipients';

/** After the front door is told of a pattern, further matches within this many days send nothing more. */
export const PATTERN_QUIET_DAYS = 7;

/** An account name as matched: its platform and the keyed hash of its normalised form. */
export interface SentIdentifier {
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
 * waits for the first to commit, then counts it. The count must start after the wait (a statement sees
 * what was committed when it began), so the locks are a statement of their own; the rest is one more, and
 * the emails one insert, sealed before it is sent (lib/outbox/enqueue-email.ts).
 */
export async function detectAccountPatterns(
  tx: Tx,
  partnershipId: string,
  sent: SentIdentifier[],
  now = new Date(),
): Promise<number> {
  const unique = new Map(sent.map((s) => [`${partnershipId}|${s.platformId}|${s.identifierHash}`, s]));
  if (unique.size === 0) return 0;
  // One statement, the keys in sorted order (a function scan over the array returns its rows in order), so
  // two transactions lock shared keys in the same order and cannot deadlock.
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtextextended(key, 0)))::int AS locked
    FROM unnest(${[...unique.keys()].sort()}::text[]) AS key`;
  const told = await recordPatterns(tx, partnershipId, [...unique.values()], now);
  if (!told) return 0;
  const email = accountPatternEmail(siteFor(told.host));
  await enqueueEmails(
    tx,
    told.ids.flatMap((patternId) =>
      uniqueRecipients(told.team).map((recipient) => ({
        kind: 'account-pattern.found',
        to: recipient.email,
        ...email,
        messageId: stableMessageId('account-pattern', patternId, String(now.getTime()), recipient.key),
        partnershipId,
      })),
    ),
  );
  return told.ids.length;
}

/**
 * One statement: counts each sent identifier's concerns in the partnership (up to two: that is a match),
 * records each match as a pattern (new, or matched again: marked told when it is new or the quiet window
 * after the last email has passed) and returns the patterns to tell, with the front-door team and the
 * partnership's primary host when there are any. Null when there is none to tell.
 */
async function recordPatterns(tx: Tx, partnershipId: string, sent: SentIdentifier[], now: Date) {
  const quietSince = new Date(now.getTime() - PATTERN_QUIET_DAYS * 86_400_000);
  const partnership = Prisma.sql`${partnershipId}::uuid`;
  const [row] = await tx.$queryRaw<
    { ids: string[] | null; team: NotificationRecipient[] | null; host: string | null }[]
  >`
    WITH sent AS (
      SELECT * FROM unnest(${sent.map(() => uuidv7())}::uuid[], ${sent.map((s) => s.platformId)}::uuid[],
        ${sent.map((s) => s.identifierHash)}::text[]) AS s(id, "platformId", "identifierHash")
    ), matched AS (
      SELECT s.* FROM sent s
      WHERE (SELECT count(*) FROM (SELECT FROM "ConcernAccountIdentifier" i WHERE i."partnershipId" = ${partnership}
        AND i."platformId" = s."platformId" AND i."identifierHash" = s."identifierHash" LIMIT 2) two) = 2
    ), recorded AS (
      INSERT INTO "AccountPattern" AS p (id, "partnershipId", "platformId", "identifierHash", "lastMatchedAt",
        "notifiedAt")
      SELECT id, ${partnership}, "platformId", "identifierHash", ${now}, ${now} FROM matched
      ON CONFLICT ("partnershipId", "platformId", "identifierHash") DO UPDATE SET "lastMatchedAt" = ${now},
        "notifiedAt" = CASE WHEN p."notifiedAt" IS NULL OR p."notifiedAt" <= ${quietSince} THEN ${now}
          ELSE p."notifiedAt" END
      RETURNING id, "notifiedAt" = ${now} AS told
    )
    SELECT array_agg(id::text ORDER BY id) AS ids,
      CASE WHEN count(*) > 0 THEN ${frontDoorJson(partnership)} END AS team,
      CASE WHEN count(*) > 0 THEN (SELECT h.hostname FROM "PartnershipHost" h
        WHERE h."partnershipId" = ${partnership} AND h."primary") END AS host
    FROM recorded WHERE told`;
  return row?.ids?.length ? { ids: row.ids, team: row.team ?? [], host: row.host } : null;
}
