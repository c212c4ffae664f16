import 'server-only';
import { getDb } from '@/lib/db';

/** A school of the administrator's partnership, or null (shown as "not found"). */
export async function getSchool(partnershipId: string, schoolId: string) {
  if (!/^[0-9a-f-]{36}$/.test(schoolId)) return null;
  return getDb().school.findFirst({ where: { id: schoolId, partnershipId } });
}

/**
 * Who is notified when a concern about this school arrives: its active DSLs and deputies. An empty list
 * means concerns go to the front-door team's shared mailbox instead.
 */
export async function getSchoolTeam(partnershipId: string, schoolId: string) {
  const memberships = await getDb().membership.findMany({
    where: { partnershipId, schoolId, role: { in: ['DSL', 'DEPUTY_DSL'] } },
    include: { user: { select: { id: true, name: true, email: true, active: true } } },
    orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
  });
  return memberships.map((m) => ({ role: m.role, ...m.user, notified: m.user.active }));
}
