import 'server-only';
import { getDb } from '@/lib/db';

/** The web addresses a partnership's parents use, for its administrators and the operator. */
export function listPartnershipHosts(
  partnershipId: string,
): Promise<{ hostname: string; primary: boolean }[]> {
  return getDb().partnershipHost.findMany({
    where: { partnershipId },
    select: { hostname: true, primary: true },
    orderBy: [{ primary: 'desc' }, { hostname: 'asc' }],
  });
}
