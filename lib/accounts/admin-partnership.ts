import 'server-only';
import { notFound } from 'next/navigation';
import type { SessionUser } from '@/lib/auth/session';
import { roleMay, type Permission } from '@/lib/auth/permissions';

/**
 * The partnership an administrator acts in: the one where they hold a role with the permission. Every
 * administrative query is scoped by it, so an administrator of one partnership never reaches another's.
 */
export function adminPartnershipId(user: SessionUser, permission: Permission): string {
  const membership = user.memberships.find((m) => roleMay(m.role, permission));
  if (!membership) notFound();
  return membership.partnershipId;
}

/** Every partnership where the user holds a role with the permission (for display; lib/ re-checks). */
export function partnershipIdsWhere(user: SessionUser, permission: Permission): string[] {
  return user.memberships.filter((m) => roleMay(m.role, permission)).map((m) => m.partnershipId);
}
