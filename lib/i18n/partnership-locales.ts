import 'server-only';
import { getDb } from '@/lib/db';
import { offeredLocales } from './catalogue-status';
import type { Locale } from './locales';

/**
 * The languages a partnership offers its parents (English first, always), by its id: for staff pages and
 * verbs, whose partnership comes from the caller's membership (public pages ask requestOfferedLocales).
 */
export async function partnershipLocales(partnershipId: string): Promise<Locale[]> {
  const partnership = await getDb().partnership.findUnique({
    where: { id: partnershipId },
    select: { languages: true },
  });
  return offeredLocales(partnership?.languages);
}
