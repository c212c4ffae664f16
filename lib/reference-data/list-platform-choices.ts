import 'server-only';
import { getDb } from '@/lib/db';

/** The named platforms (not "something else") by name, for a choice on a warning or an advice page. */
export async function listPlatformChoices(): Promise<{ slug: string; name: string }[]> {
  return getDb().platform.findMany({
    where: { isOther: false },
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}
