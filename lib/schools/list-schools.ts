import 'server-only';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export const SCHOOLS_PER_PAGE = 50;

/** An administrator's list of schools: by name or URN, active and inactive, a page at a time. */
export async function listSchools(partnershipId: string, search: { q?: string; page?: number }) {
  const q = (search.q ?? '').trim().slice(0, 100);
  const where: Prisma.SchoolWhereInput = { partnershipId };
  if (/^\d{6}$/.test(q)) where.urn = Number(q);
  else if (q) where.name = { contains: q, mode: 'insensitive' };
  const page = Math.max(1, Math.min(search.page ?? 1, 10_000));
  const [total, schools] = await Promise.all([
    getDb().school.count({ where }),
    getDb().school.findMany({
      where,
      orderBy: [{ active: 'desc' }, { name: 'asc' }],
      skip: (page - 1) * SCHOOLS_PER_PAGE,
      take: SCHOOLS_PER_PAGE,
    }),
  ]);
  return { q, page, total, schools, pages: Math.max(1, Math.ceil(total / SCHOOLS_PER_PAGE)) };
}
