import 'server-only';
import { getDb } from '@/lib/db';

export interface PartnershipRow {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
}

/** Every partnership on the deployment, for the service operator: names only, nothing inside them. */
export async function listPartnerships(): Promise<PartnershipRow[]> {
  return getDb().partnership.findMany({
    select: { id: true, name: true, slug: true, createdAt: true },
    orderBy: { name: 'asc' },
  });
}
