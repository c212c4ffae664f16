// A pattern's account names as CSV, for the police or CEOP (lib/pattern-referrals/export-pattern-identifiers.ts:
// never a child or a case). Anyone not allowed, signed in or not, gets "not found", as for a pattern of
// another partnership.
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getSessionUser, userMay } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { exportPatternIdentifiers } from '@/lib/pattern-referrals/export-pattern-identifiers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new Response('Page not found', { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  const { id } = await params;
  if (!user || !userMay(user, 'account-patterns.read') || !UUID.test(id)) return notFound();
  try {
    const csv = await exportPatternIdentifiers(user, partnershipFor(user, 'account-patterns.read'), id);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="pattern-account-names.csv"',
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
