import 'server-only';
import type { Db } from '@/lib/db';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import type { FilterOptions } from './filters';

/**
 * Every platform (closed ones too: they stay in old trends), the national harm categories and the
 * partnership's own, the areas with data.
 */
export async function loadFilterOptions(db: Db, partnershipId: string): Promise<FilterOptions> {
  const [platforms, harms, areas] = await Promise.all([
    db.platform.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: 'asc' } }),
    db.harmCategory.findMany({
      where: harmCategoriesOf(partnershipId),
      select: { id: true, slug: true, name: true },
      orderBy: { name: 'asc' },
    }),
    db.school.findMany({
      where: { partnershipId },
      select: { town: true, localAuthority: true },
      distinct: ['town', 'localAuthority'],
    }),
  ]);
  const areaNames = new Set(areas.map((a) => a.town ?? a.localAuthority));
  return { platforms, harms, areas: [...areaNames].sort() };
}
