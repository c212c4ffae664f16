import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { BRANDING_FIELDS, type BrandingInput } from './branding-schema';

const SELECT = Object.fromEntries(BRANDING_FIELDS.map((field) => [field, true])) as Record<
  keyof BrandingInput,
  true
>;

/** The branding of the partnership the administrator acts for (lib/auth/require-partnership.ts). */
export async function getBranding(partnershipId: string): Promise<BrandingInput> {
  return getDb().partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: SELECT });
}

/**
 * Saves the branding of the administrator's own partnership, given by the caller from their membership
 * (never from the form), with an audit entry naming the fields changed (not their text).
 */
export async function saveBranding(
  actorId: string,
  partnershipId: string,
  input: BrandingInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: SELECT });
    await tx.partnership.update({ where: { id: partnershipId }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'partnership.branding.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { changed: BRANDING_FIELDS.filter((field) => before[field] !== input[field]) },
    });
  });
}
