import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { getEnv } from '@/lib/env';

/**
 * The address a partnership's email links and printed proof point at: its primary web address over https
 * when the service runs on https (production), else APP_URL (development, tests, a partnership with no
 * address). Read from the database, never from a request's Host.
 */
export async function partnershipSite(db: Db | Tx, partnershipId: string): Promise<string> {
  if (!siteFor(null).startsWith('https://')) return siteFor(null);
  const primary = await db.partnershipHost.findFirst({
    where: { partnershipId, primary: true },
    select: { hostname: true },
  });
  return siteFor(primary?.hostname ?? null);
}

/** The same, for a caller that read the partnership's primary hostname itself (lib/routing/read-route.ts). */
export function siteFor(primaryHostname: string | null): string {
  const appUrl = getEnv().APP_URL.replace(/\/$/, '');
  return appUrl.startsWith('https://') && primaryHostname ? `https://${primaryHostname}` : appUrl;
}
