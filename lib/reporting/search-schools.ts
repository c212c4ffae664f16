import 'server-only';
import { getDb } from '@/lib/db';

/** The partnership's active schools matching a name, town or postcode (any part, any case). */
export async function searchSchools(partnershipId: string, query: string, take = 20) {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const postcode = q.replace(/\s+/g, '').toUpperCase();
  return getDb().school.findMany({
    where: {
      partnershipId,
      active: true,
      OR: [
        { name: { contains: q, mode: 'insensitive' } },
        { town: { contains: q, mode: 'insensitive' } },
        { postcode: { startsWith: q, mode: 'insensitive' } },
        {
          postcode: {
            startsWith: postcode.length > 3 ? `${postcode.slice(0, -3)} ${postcode.slice(-3)}` : q,
            mode: 'insensitive',
          },
        },
      ],
    },
    orderBy: { name: 'asc' },
    take,
    select: { id: true, name: true, town: true, postcode: true },
  });
}
