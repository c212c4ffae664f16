import 'server-only';
import { getDb } from '@/lib/db';

/**
 * A named platform by the slug in its advice address, or null. Platforms are national reference data, so
 * there is no partnership to scope by; the "something else" choice has no advice page.
 */
export async function findPlatformBySlug(slug: string) {
  return getDb().platform.findFirst({ where: { slug, isOther: false } });
}
