import 'server-only';
import { getDb } from '@/lib/db';
import { requirePartnership } from '@/lib/auth/require-partnership';

export type AlertState = 'Draft' | 'Published' | 'Scheduled' | 'Ended';

export function alertState(
  alert: { publishedFrom: Date | null; publishedUntil: Date | null },
  now: Date,
): AlertState {
  if (!alert.publishedFrom) return 'Draft';
  if (alert.publishedUntil && alert.publishedUntil <= now) return 'Ended';
  return alert.publishedFrom > now ? 'Scheduled' : 'Published';
}

export async function listStaffAlerts() {
  const { partnershipId } = await requirePartnership('alerts.manage');
  const now = new Date();
  const alerts = await getDb().platformAlert.findMany({
    where: { partnershipId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, publishedFrom: true, publishedUntil: true },
  });
  return alerts.map((a) => ({ ...a, state: alertState(a, now) }));
}
