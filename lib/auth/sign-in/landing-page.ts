import 'server-only';
import { getDb } from '@/lib/db';
import { mainPage } from '../staff-destinations';

/** Where a member of staff goes once signed in: their main page, read from their roles and grants now. */
export async function landingPage(userId: string): Promise<string> {
  const user = await getDb().staffUser.findUnique({
    where: { id: userId },
    select: { memberships: { select: { role: true } }, serviceOperator: { select: { userId: true } } },
  });
  return mainPage({ memberships: user?.memberships ?? [], serviceOperator: Boolean(user?.serviceOperator) });
}
