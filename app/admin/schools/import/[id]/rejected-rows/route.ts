// The rejected rows of an upload as a CSV, to fix and upload again. Every cell is neutralised: a rejected
// row may well hold a formula.
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getSessionUser, userMay } from '@/lib/auth/session';
import { csvDocument } from '@/lib/csv/neutralise-cell';
import { previewSchoolImport } from '@/lib/schools/school-import';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user || !userMay(user, 'schools.manage')) return new Response('Page not found', { status: 404 });
  const preview = await previewSchoolImport(partnershipFor(user, 'schools.manage'), (await params).id);
  if (!preview) return new Response('Page not found', { status: 404 });
  const rows = [...preview.rejected, ...preview.diff.elsewhere].map((r) => [r.line, r.urn, r.reason]);
  return new Response(csvDocument(['Line', 'URN', 'Why it was rejected'], rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="rejected-rows.csv"',
      'cache-control': 'no-store',
    },
  });
}
