import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { overlayCatalogue, type CatalogueTree } from './catalogue-check';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { CATALOGUE_MESSAGES } from './messages';

/**
 * One language's messages as a partnership's pages speak them: the service's catalogue, with the
 * partnership's own reviewed version laid over it (lib/i18n/catalogue-overrides.ts). English has none.
 * Used for the public pages (lib/i18n/request-config.ts) and for the catalogue an administrator downloads.
 */
export const partnershipMessages = cache(
  async (partnershipId: string | null, locale: Locale): Promise<CatalogueTree> => {
    const file = CATALOGUE_MESSAGES[locale];
    if (!partnershipId || locale === DEFAULT_LOCALE) return file;
    const own = await getDb().catalogueOverride.findUnique({
      where: { partnershipId_locale: { partnershipId, locale } },
      select: { id: true, updatedAt: true, messages: true },
    });
    if (!own) return file;
    // Laying one over the file takes a few milliseconds; keep the result until the upload is replaced.
    const key = `${own.id}:${own.updatedAt.getTime()}`;
    let overlaid = OVERLAID.get(key);
    if (!overlaid) {
      if (OVERLAID.size >= MAX_OVERLAID) OVERLAID.clear();
      overlaid = overlayCatalogue(CATALOGUE_MESSAGES.en, file, own.messages as CatalogueTree);
      OVERLAID.set(key, overlaid);
    }
    return overlaid;
  },
);

/** Overlaid catalogues by upload and version, in this server process; a new upload has a new key. */
const OVERLAID = new Map<string, CatalogueTree>();
const MAX_OVERLAID = 200;
