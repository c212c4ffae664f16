import 'server-only';
import {
  detectAccountPatterns,
  type SentIdentifier,
} from '@/lib/account-identifiers/detect-account-patterns';
import type { Tx } from '@/lib/db';
import { resealConcern } from '@/lib/encryption/reseal-concern';
import { tellFrontDoorOfReview } from './tell-front-door-of-review';

/**
 * What travels with a concern that moves to another partnership (passed on, or its file accepted by a school
 * there), in the move's transaction; the caller writes the concern's own partnership and school.
 * - The stranger's account names a parent gave: they are matched within a partnership
 *   (lib/account-identifiers), so from now on in the new one, where they may complete a pattern.
 * - Not the front door's requests to share it for a pattern (lib/share-requests/): one still waiting ends,
 *   as the concern leaves that pattern; an answered one stays the first partnership's record, and opens
 *   nothing there now (case-scope.ts), nor shows to the new school's team.
 * - The reviews the parent asked for: the partnership that holds the case answers them (its front door is
 *   told of one still open, and reads the case through it), and one that leaves later takes none away.
 * - Every protected value of the concern and of the rows hanging off it, sealed again under the new
 *   partnership's keys.
 */
export async function moveToPartnership(
  tx: Tx,
  concern: { id: string; reference: string },
  partnershipId: string,
): Promise<void> {
  // One statement for all three: each row takes the new partnership's id (its values are re-sealed below).
  const [moved] = await tx.$queryRaw<{ names: SentIdentifier[] | null; openReview: string | null }[]>`
    WITH names AS (
      UPDATE "ConcernAccountIdentifier" SET "partnershipId" = ${partnershipId}::uuid
      WHERE "concernId" = ${concern.id}::uuid RETURNING "platformId", "identifierHash"
    ), asked AS (
      DELETE FROM "ShareRequest" WHERE "concernId" = ${concern.id}::uuid AND status = 'PENDING'
    ), reviews AS (
      UPDATE "ReviewRequest" SET "partnershipId" = ${partnershipId}::uuid
      WHERE "concernId" = ${concern.id}::uuid RETURNING id, status
    )
    SELECT (SELECT json_agg(json_build_object('platformId', "platformId", 'identifierHash', "identifierHash"))
              FROM names) AS names,
           (SELECT id::text FROM reviews WHERE status = 'OPEN') AS "openReview"`;
  await detectAccountPatterns(tx, partnershipId, moved?.names ?? []);
  if (moved?.openReview) {
    await tellFrontDoorOfReview(tx, { ...concern, partnershipId }, moved.openReview, 'passed-on');
  }
  await resealConcern(tx, concern.id, partnershipId);
}
