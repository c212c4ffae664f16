import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

export const nationalEarlyWarningSchema = z.strictObject({
  nationalEarlyWarning: z.enum(['yes', 'no'], { error: 'Choose yes or no' }).transform((v) => v === 'yes'),
});

export async function getNationalEarlyWarning(partnershipId: string): Promise<boolean> {
  const row = await getDb().partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { nationalEarlyWarning: true },
  });
  return row.nationalEarlyWarning;
}

/** Opts a partnership's trends staff in or out of the national early-warning emails (notify-national-rises). */
export async function saveNationalEarlyWarning(
  actorId: string,
  partnershipId: string,
  on: boolean,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.partnership.update({ where: { id: partnershipId }, data: { nationalEarlyWarning: on } });
    await recordAudit(tx, {
      actorId,
      action: 'partnership.national-early-warning.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      detail: { on },
    });
  });
}
