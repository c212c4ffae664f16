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
      select: { messages: true },
    });
    return own ? overlayCatalogue(CATALOGUE_MESSAGES.en, file, own.messages as CatalogueTree) : file;
  },
);
