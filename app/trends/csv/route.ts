import { getTrendCsv } from '@/lib/trends/get-trend-dashboard';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const csv = await getTrendCsv(query);
  if (!csv) return new Response('Those filters cannot be used. Go back to the trends page.', { status: 400 });
  return new Response(csv.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csv.filename}"`,
      'cache-control': 'no-store',
    },
  });
}
