import 'server-only';
import { getDb } from '@/lib/db';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { asLocale } from '@/lib/i18n/locales';

export type WarningState = 'Draft' | 'Published' | 'Scheduled' | 'Ended';

export function warningState(
  warning: { publishedFrom: Date | null; publishedUntil: Date | null },
  now: Date,
): WarningState {
  if (!warning.publishedFrom) return 'Draft';
  if (warning.publishedUntil && warning.publishedUntil <= now) return 'Ended';
  return warning.publishedFrom > now ? 'Scheduled' : 'Published';
}

export async function listStaffWarnings() {
  const { partnershipId } = await requirePartnership('warnings.manage');
  const now = new Date();
  const warnings = await getDb().platformWarning.findMany({
    where: { partnershipId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, language: true, publishedFrom: true, publishedUntil: true },
  });
  return warnings.map((a) => ({ ...a, language: asLocale(a.language), state: warningState(a, now) }));
}
