import 'server-only';
import { partnershipIdsWhere } from '@/lib/auth/require-partnership';
import { userMay, type SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { harmCategoriesOf } from './harm-categories-of';
import type { HarmOwner } from './save-harm-category';

import type { HarmCategory } from '@/lib/generated/prisma/client';

export type { HarmCategory, Platform } from '@/lib/generated/prisma/client';

/** The national harm categories and this partnership's own, for its admin page. */
export async function listHarmCategories(partnershipId: string) {
  return getDb().harmCategory.findMany({
    where: harmCategoriesOf(partnershipId),
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
}

export async function getPlatform(id: string) {
  return /^[0-9a-f-]{36}$/.test(id) ? getDb().platform.findUnique({ where: { id } }) : null;
}

/**
 * A harm category this user may change, with its owner: a national one only with
 * reference.national.manage, an addition only by the partnership they act for. Null otherwise, the same
 * answer as a category that does not exist.
 */
export async function findHarmCategoryFor(
  user: SessionUser,
  id: string,
): Promise<{ category: HarmCategory; owner: HarmOwner } | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const category = await getDb().harmCategory.findUnique({ where: { id } });
  if (!category) return null;
  const owner = category.partnershipId;
  const may =
    owner === null
      ? userMay(user, 'reference.national.manage')
      : partnershipIdsWhere(user, 'reference-data.manage')[0] === owner;
  return may ? { category, owner } : null;
}
