import { listPublishedAlerts } from '@/lib/alerts/list-published-alerts';
import { renderAlertPdf } from '@/lib/alerts/render-alert-pdf';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const notFound = () => new Response('Page not found', { status: 404 });
  if (!/^[0-9a-f-]{36}$/.test(id)) return notFound();
  const [alert] = await listPublishedAlerts(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!alert || !partnership) return notFound();
  const pdf = await renderAlertPdf(alert, partnership.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="alert-for-parents.pdf"`,
    },
  });
}
