import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

/**
 * Shows or hides a national platform on this partnership's report question and advice pages. Writes only
 * the partnership's own row; concerns that already name the platform keep it.
 */
export async function setPlatformOffered(
  actorId: string,
  partnershipId: string,
  platformId: string,
  offered: boolean,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const platform = await tx.platform.findUnique({ where: { id: platformId }, select: { id: true } });
    if (!platform) throw new NotFoundError();
    await tx.partnershipPlatform.upsert({
      where: { partnershipId_platformId: { partnershipId, platformId } },
      create: { partnershipId, platformId, offered, updatedById: actorId },
      update: { offered, updatedById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'platform.offered.update',
      subject: 'Platform',
      subjectId: platformId,
      partnershipId,
      detail: { offered },
    });
  });
}
