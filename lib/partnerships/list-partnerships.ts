import 'server-only';
import { getDb } from '@/lib/db';

export interface PartnershipRow {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  /** The web addresses its parents use. */
  hostnames: string[];
  /** The one email links use (lib/email/partnership-site.ts). */
  primaryHost: string | null;
}

/** Every partnership on the deployment, for the service operator: names only, nothing inside them. */
export async function listPartnerships(): Promise<PartnershipRow[]> {
  const rows = await getDb().partnership.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      hosts: { select: { hostname: true, primary: true }, orderBy: { hostname: 'asc' } },
    },
    orderBy: { name: 'asc' },
  });
  return rows.map(({ hosts, ...p }) => ({
    ...p,
    hostnames: hosts.map((h) => h.hostname),
    primaryHost: hosts.find((h) => h.primary)?.hostname ?? null,
  }));
}
