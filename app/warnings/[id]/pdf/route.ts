import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { renderWarningPdf } from '@/lib/warnings/render-warning-pdf';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const notFound = () => new Response('Page not found', { status: 404 });
  if (!/^[0-9a-f-]{36}$/.test(id)) return notFound();
  const [warning] = await listPublishedWarnings(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!warning || !partnership) return notFound();
  const pdf = await renderWarningPdf(warning, partnership.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="warning-for-parents.pdf"`,
    },
  });
}
