import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/** 200 when the database is reachable and migrations are current; 503 otherwise. No secrets, no versions. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(
    { status: health.ok ? 'ok' : 'unavailable', database: health.database, migrations: health.migrations },
    { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
