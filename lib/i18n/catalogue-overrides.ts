import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { CatalogueTree } from './catalogue-check';
import type { Locale } from './locales';

/**
 * Keeps a checked catalogue (lib/i18n/catalogue-import.ts) as the administrator's own partnership's
 * version of one language, replacing the last, with an audit entry in the same transaction. The partnership
 * comes from the caller's membership, never from the upload.
 */
export async function saveCatalogueOverride(
  actorId: string,
  partnershipId: string,
  locale: Locale,
  messages: CatalogueTree,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const saved = await tx.catalogueOverride.upsert({
      where: { partnershipId_locale: { partnershipId, locale } },
      create: { partnershipId, locale, messages, uploadedById: actorId },
      update: { messages, uploadedById: actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'language.catalogue.import',
      subject: 'CatalogueOverride',
      subjectId: saved.id,
      partnershipId,
      detail: { locale },
    });
  });
}
