import 'server-only';
import { notFound } from 'next/navigation';
import { roleMay, type Permission } from './permissions';
import { requireUser, type SessionUser } from './session';

// "Which partnership does this person act for?" has one answer, here: the partnership of a membership whose
// role has the permission, never one chosen by the request. Every query that follows is scoped by it, so a
// person with roles in two partnerships acts in each only with the rights they hold there.

/** The partnership where the user holds a role with the permission; "not found" when there is none. */
export function partnershipFor(user: SessionUser, permission: Permission): string {
  const membership = user.memberships.find((m) => roleMay(m.role, permission));
  if (!membership) notFound();
  return membership.partnershipId;
}

/** The signed-in user and the partnership they act for with the permission ("not found" otherwise). */
export async function requirePartnership(
  permission: Permission,
): Promise<{ user: SessionUser; partnershipId: string }> {
  const user = await requireUser();
  return { user, partnershipId: partnershipFor(user, permission) };
}

/** Every partnership where the user holds a role with the permission (for display; lib/ re-checks). */
export function partnershipIdsWhere(user: SessionUser, permission: Permission): string[] {
  return user.memberships.filter((m) => roleMay(m.role, permission)).map((m) => m.partnershipId);
}
