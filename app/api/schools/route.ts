import { clientAddress } from '@/lib/security/client-address';
import { suggestSchools } from '@/lib/reporting/suggest-schools';

export const dynamic = 'force-dynamic';

/**
 * School suggestions for the type-ahead on "Which school does the child go to?". The page works without
 * it through the plain search and results page.
 */
export async function GET(request: Request) {
  const answer = await suggestSchools(
    new URL(request.url).searchParams.get('q'),
    clientAddress(request.headers),
  );
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (answer.status === 429) headers['Retry-After'] = String(answer.retryAfterSeconds);
  return Response.json(answer.suggestions, { status: answer.status, headers });
}
