import 'server-only';
import { getDb } from '@/lib/db';

/** A partnership's open schools by name, for choosing a DSL's school when inviting them. */
export async function listActiveSchools(
  partnershipId: string,
): Promise<{ id: string; name: string; urn: number }[]> {
  return getDb().school.findMany({
    where: { partnershipId, active: true },
    select: { id: true, name: true, urn: true },
    orderBy: { name: 'asc' },
  });
}
