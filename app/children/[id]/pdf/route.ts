import { notFound } from 'next/navigation';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { readChildRecord } from '@/lib/children/read-child-record';
import { renderChildPdf } from '@/lib/children/render-child-pdf';

/** The whole child file as a PDF. Checks permission and scope itself, and logs the export. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('children.read');
  const { id } = await params;
  await requireFreshFactor(user, `/children/${encodeURIComponent(id)}`);
  const file = await readChildRecord(user, id, { purpose: 'pdf' });
  if (!file) notFound();
  const pdf = await renderChildPdf(file, user.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      // No name in the file name: downloads folders and browser histories keep it.
      'Content-Disposition': `attachment; filename="child-file-${file.child.id.slice(0, 8)}.pdf"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
