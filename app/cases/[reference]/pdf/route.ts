import { notFound } from 'next/navigation';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { renderCasePdf } from '@/lib/cases/render-case-pdf';
import { readCaseRecord } from '@/lib/cases/read-case-record';

/** The whole record as a PDF. Checks permission and scope itself, and logs the export. */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const user = await requirePermission('case.read');
  const { reference } = await params;
  await requireFreshFactor(user, `/cases/${encodeURIComponent(decodeURIComponent(reference))}`);
  const record = await readCaseRecord(user, decodeURIComponent(reference), 'pdf');
  if (!record) notFound();
  const pdf = await renderCasePdf(record, user.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="case-${record.reference}.pdf"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
