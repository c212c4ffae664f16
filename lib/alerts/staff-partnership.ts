import 'server-only';
import { notFound } from 'next/navigation';
import { requirePermission, type SessionUser } from '@/lib/auth/session';

/** Partnership staff with alerts.manage, and the partnership they act for (from their membership). */
export async function requireAlertEditor(): Promise<{ user: SessionUser; partnershipId: string }> {
  const user = await requirePermission('alerts.manage');
  const partnershipId = user.memberships.find((m) => m.role === 'PARTNERSHIP_STAFF')?.partnershipId;
  if (!partnershipId) notFound();
  return { user, partnershipId };
}
