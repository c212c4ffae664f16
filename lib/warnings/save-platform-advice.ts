import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { adviceSchema } from './advice-schema';

/**
 * Saves the advice this partnership's parents read about one named platform, with an audit entry naming
 * the fields changed. Writes only the partnership's own row: the national text and other partnerships'
 * advice stay as they are. A field left empty, or left as the national text (the form starts with it),
 * follows the national text, so a later national correction still reaches this partnership's parents.
 */
export async function savePlatformAdvice(
  actorId: string,
  partnershipId: string,
  input: z.infer<typeof adviceSchema>,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const platform = await tx.platform.findFirst({ where: { slug: input.platform, isOther: false } });
    if (!platform) throw new UserFacingError('That platform could not be found');
    const where = { partnershipId_platformId: { partnershipId, platformId: platform.id } };
    const before = await tx.partnershipPlatform.findUnique({ where });
    const own = (text: string | null, national: string | null) => (text && text !== national ? text : null);
    const sameSteps = input.reportSteps.join('\n') === platform.reportSteps.join('\n');
    const data = {
      advice: own(input.advice, platform.advice),
      privacyAdvice: own(input.privacyAdvice, platform.privacyAdvice),
      reportingAdvice: own(input.reportingAdvice, platform.reportingAdvice),
      reportUrl: own(input.reportUrl, platform.reportUrl),
      reportSteps: sameSteps ? [] : input.reportSteps,
    };
    await tx.partnershipPlatform.upsert({
      where,
      create: { partnershipId, platformId: platform.id, ...data, updatedById: actorId },
      update: { ...data, updatedById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'platform.advice.update',
      subject: 'Platform',
      subjectId: platform.id,
      partnershipId,
      detail: {
        changed: (Object.keys(data) as (keyof typeof data)[]).filter(
          (k) => JSON.stringify(data[k]) !== JSON.stringify(before?.[k] ?? (k === 'reportSteps' ? [] : null)),
        ),
      },
    });
  });
}
