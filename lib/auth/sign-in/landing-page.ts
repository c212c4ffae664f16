import 'server-only';
import { getDb } from '@/lib/db';
import { mainPage } from '../staff-destinations';

/** Where a member of staff goes once signed in: their main page, read from their roles now. */
export async function landingPage(userId: string): Promise<string> {
  const memberships = await getDb().membership.findMany({ where: { userId }, select: { role: true } });
  return mainPage({ memberships });
}
