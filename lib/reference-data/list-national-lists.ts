import 'server-only';
import { getDb } from '@/lib/db';

/**
 * The lists every partnership shares, for the service operator who keeps them: every platform (each
 * partnership chooses which its parents see) and the national harm categories (not a partnership's own).
 */
export async function listNationalLists() {
  const db = getDb();
  const [platforms, harmCategories] = await Promise.all([
    db.platform.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, ageRating: true, closedOn: true },
    }),
    db.harmCategory.findMany({
      where: { partnershipId: null },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, active: true },
    }),
  ]);
  return { platforms, harmCategories };
}
