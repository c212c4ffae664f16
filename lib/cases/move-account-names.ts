import 'server-only';
import { detectAccountPatterns } from '@/lib/account-identifiers/detect-account-patterns';
import type { Tx } from '@/lib/db';

/**
 * The stranger's account names a parent gave travel with the concern when it moves to another partnership
 * (passed on, or its file accepted by a new school): they are matched within a partnership
 * (lib/account-identifiers), so they are matched in the new one from now on, and may complete a pattern there.
 */
export async function moveAccountNames(tx: Tx, concernId: string, partnershipId: string) {
  const moved = await tx.concernAccountIdentifier.updateManyAndReturn({
    where: { concernId },
    data: { partnershipId },
    select: { platformId: true, identifierHash: true },
  });
  await detectAccountPatterns(tx, partnershipId, moved);
}
