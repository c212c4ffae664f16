import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { partnershipIdsWhere } from '@/lib/auth/require-partnership';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import { scopedSchoolIds } from './case-scope';

/**
 * The choices the case list's filters offer: only the user's own schools; every platform; the national
 * kinds of harm and those of the user's own partnerships.
 */
export async function listCaseFilterOptions(user: SessionUser) {
  const db = getDb();
  const schoolIds = scopedSchoolIds(user);
  const [schools, platforms, harms] = await Promise.all([
    schoolIds.length
      ? db.school.findMany({
          where: { id: { in: schoolIds } },
          select: { id: true, name: true },
          orderBy: { name: 'asc' },
        })
      : Promise.resolve([]),
    db.platform.findMany({ select: { slug: true, name: true }, orderBy: { sortOrder: 'asc' } }),
    db.harmCategory.findMany({
      where: harmCategoriesOf(partnershipIdsWhere(user, 'case.read')),
      select: { slug: true, name: true },
      orderBy: { sortOrder: 'asc' },
    }),
  ]);
  return { schools, platforms, harms };
}
