import 'server-only';
import { getDb } from '@/lib/db';

/** Every national platform, with whether this partnership offers it to its parents (for its admin page). */
export async function listPartnershipPlatforms(partnershipId: string) {
  const platforms = await getDb().platform.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    include: { partnerships: { where: { partnershipId }, select: { offered: true } } },
  });
  return platforms.map(({ partnerships, ...platform }) => ({
    ...platform,
    offered: partnerships[0]?.offered ?? true,
  }));
}
