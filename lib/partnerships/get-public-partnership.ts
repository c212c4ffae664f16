import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

export interface PublicPartnership {
  id: string;
  slug: string;
  name: string;
  /** For urgent reports out of school hours; null when the partnership has not given one. */
  outOfHoursPhone: string | null;
}

/**
 * The partnership the public pages serve: PARTNERSHIP_SLUG, or the only partnership in the database.
 * Null when none is configured yet.
 */
export const getPublicPartnership = cache(async (): Promise<PublicPartnership | null> => {
  const slug = getEnv().PARTNERSHIP_SLUG;
  const select = { id: true, slug: true, name: true, outOfHoursPhone: true } as const;
  if (slug) return getDb().partnership.findUnique({ where: { slug }, select });
  const found = await getDb().partnership.findMany({ select, take: 2, orderBy: { createdAt: 'asc' } });
  return found.length === 1 ? (found[0] ?? null) : null;
});
