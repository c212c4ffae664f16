import 'server-only';
import { getDb } from '@/lib/db';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import { offeredTo } from '@/lib/reference-data/offered-platforms';

/**
 * Platforms a parent of this partnership may choose today: those it offers, not closed. Closed or hidden
 * ones (Omegle) stay in old concerns but are not offered.
 */
export async function listActivePlatforms(partnershipId: string, now = new Date()) {
  return getDb().platform.findMany({
    where: { OR: [{ closedOn: null }, { closedOn: { gt: now } }], ...offeredTo(partnershipId) },
    orderBy: [{ isOther: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, isOther: true },
  });
}

/** Kinds of harm a parent of this partnership may choose: the national ones and its own additions. */
export async function listActiveHarmCategories(partnershipId: string) {
  return getDb().harmCategory.findMany({
    where: { active: true, ...harmCategoriesOf(partnershipId) },
    orderBy: [{ isOther: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, hint: true, isOther: true, partnershipId: true },
  });
}

/** Whether the "something else" platform is among the chosen ids (it then needs a name). */
export async function otherPlatformChosen(ids: string[]): Promise<boolean> {
  const other = await getDb().platform.findFirst({ where: { isOther: true }, select: { id: true } });
  return !!other && ids.includes(other.id);
}

/** Whether a "something else" kind of harm is among the chosen ids (it then needs words). */
export async function otherHarmChosen(ids: string[]): Promise<boolean> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  return (await getDb().harmCategory.count({ where: { id: { in: uuids }, isOther: true } })) > 0;
}
