import 'server-only';
import type { Tx } from '@/lib/db';
import type { ConcernRoute, Role } from '@/lib/generated/prisma/enums';

export interface NotificationRecipient {
  /** A StaffUser id, or "front-door" for the partnership's shared mailbox. */
  key: string;
  email: string;
}

/** Active members of one school's safeguarding team in the given roles. */
export async function schoolTeam(tx: Tx, schoolId: string, roles: Role[]): Promise<NotificationRecipient[]> {
  const members = await tx.membership.findMany({
    where: { schoolId, role: { in: roles }, school: { active: true }, user: { active: true } },
    select: { user: { select: { id: true, email: true } } },
  });
  return uniqueRecipients(members.map((m) => ({ key: m.user.id, email: m.user.email })));
}

/** The partnership's front-door team: each active member, plus its shared mailbox when it has one. */
export async function frontDoorTeam(tx: Tx, partnershipId: string): Promise<NotificationRecipient[]> {
  const [partnership, members] = await Promise.all([
    tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { frontDoorEmail: true } }),
    tx.membership.findMany({
      where: { partnershipId, role: 'FRONT_DOOR', user: { active: true } },
      select: { user: { select: { id: true, email: true } } },
    }),
  ]);
  const people = members.map((m) => ({ key: m.user.id, email: m.user.email }));
  const mailbox = partnership.frontDoorEmail
    ? [{ key: 'front-door', email: partnership.frontDoorEmail }]
    : [];
  return uniqueRecipients([...people, ...mailbox]);
}

/** Who is notified of a new concern on this route. */
export async function findNotificationRecipients(
  tx: Tx,
  concern: { partnershipId: string; schoolId: string | null },
  route: ConcernRoute,
): Promise<NotificationRecipient[]> {
  return route === 'SCHOOL' && concern.schoolId
    ? schoolTeam(tx, concern.schoolId, ['DSL', 'DEPUTY_DSL'])
    : frontDoorTeam(tx, concern.partnershipId);
}

/** One email per address, even when a person holds two roles or is also the shared mailbox. */
export function uniqueRecipients(recipients: NotificationRecipient[]): NotificationRecipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const address = r.email.toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}
