import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Active schools matching a name, town or postcode (any part, any case), of every partnership on the
 * deployment: a child may live in one partnership's area and go to school in another's, and the concern
 * then goes to the school's partnership (submit-concern.ts). Each condition is served by a trigram index.
 */
export async function searchSchools(query: string, take = 20) {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const postcode = q.replace(/\s+/g, '').toUpperCase();
  return getDb().school.findMany({
    where: {
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
