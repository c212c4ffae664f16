import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { LanguagesInput } from './languages-schema';

/**
 * Sets the languages of the administrator's own partnership, given by the caller from their membership
 * (never from the form), with an audit entry naming them.
 */
export async function saveLanguages(
  actorId: string,
  partnershipId: string,
  input: LanguagesInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.partnership.update({ where: { id: partnershipId }, data: { languages: input.languages } });
    await recordAudit(tx, {
      actorId,
      action: 'partnership.languages.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { languages: input.languages },
    });
  });
}
