import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The harm categories a partnership's people see: the national ones and the partnership's own additions,
 * never another partnership's. Several ids for a person working in more than one.
 */
export function harmCategoriesOf(partnershipIds: string | string[]): Prisma.HarmCategoryWhereInput {
  const ids = typeof partnershipIds === 'string' ? [partnershipIds] : partnershipIds;
  return { OR: [{ partnershipId: null }, { partnershipId: { in: ids } }] };
}
