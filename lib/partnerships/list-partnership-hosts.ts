import 'server-only';
import { getDb } from '@/lib/db';

/** The web addresses a partnership's parents use, for its administrators and the operator. */
export async function listPartnershipHosts(partnershipId: string): Promise<string[]> {
  const hosts = await getDb().partnershipHost.findMany({
    where: { partnershipId },
    select: { hostname: true },
    orderBy: { hostname: 'asc' },
  });
  return hosts.map((h) => h.hostname);
}
