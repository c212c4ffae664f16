import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { EscalationInput } from './reference-data-schema';

export async function getEscalation(partnershipId: string) {
  return getDb().partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { escalateUrgentAfterMinutes: true, escalateAfterSchoolDays: true, outOfHoursPhone: true },
  });
}

export async function saveEscalation(actorId: string, partnershipId: string, input: EscalationInput) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId } });
    await tx.partnership.update({ where: { id: partnershipId }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'partnership.escalation.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      detail: {
        from: {
          minutes: before.escalateUrgentAfterMinutes,
          schoolDays: before.escalateAfterSchoolDays,
          outOfHoursPhone: before.outOfHoursPhone,
        },
        to: {
          minutes: input.escalateUrgentAfterMinutes,
          schoolDays: input.escalateAfterSchoolDays,
          outOfHoursPhone: input.outOfHoursPhone,
        },
      },
    });
  });
}
