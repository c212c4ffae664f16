import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { LanguagesInput } from './languages-schema';
import { offeredLocales, type Locale } from './locales';

/** What the partnership the administrator acts for offers its parents (English first, always). */
export async function getLanguages(partnershipId: string): Promise<Locale[]> {
  const { languages } = await getDb().partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { languages: true },
  });
  return offeredLocales(languages);
}

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
