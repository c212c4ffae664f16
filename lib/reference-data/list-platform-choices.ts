import 'server-only';
import { getDb } from '@/lib/db';
import { offeredTo } from './offered-platforms';

/**
 * The named platforms (not "something else") a partnership offers its parents, by name, for a choice on a
 * warning or an advice page.
 */
export async function listPlatformChoices(partnershipId: string): Promise<{ slug: string; name: string }[]> {
  return getDb().platform.findMany({
    where: { isOther: false, ...offeredTo(partnershipId) },
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}
