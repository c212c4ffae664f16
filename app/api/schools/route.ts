import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { searchSchools } from '@/lib/reporting/search-schools';

export const dynamic = 'force-dynamic';

/**
 * School suggestions for the type-ahead on "Which school does the child go to?". Public data only (names,
 * towns, postcodes of active schools); the page works without it through the plain search.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q') ?? '';
  const partnership = query.trim().length >= 2 && query.length <= 100 ? await getPublicPartnership() : null;
  const schools = partnership ? await searchSchools(partnership.id, query, 10) : [];
  return Response.json(
    schools.map((s) => ({ name: s.name, town: s.town, postcode: s.postcode })),
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
