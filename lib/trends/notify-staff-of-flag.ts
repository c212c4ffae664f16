import 'server-only';
import type { Tx } from '@/lib/db';
import { quoteUntrusted } from '@/lib/email/templates/render-email';
import { trendFlagEmail } from '@/lib/email/templates/trend-flag-email';
import { getEnv } from '@/lib/env';
import type { TrendFlagKind } from '@/lib/generated/prisma/enums';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { publishCount } from './suppress';

export interface NewFlag {
  partnershipId: string;
  kind: TrendFlagKind;
  subjectKey: string;
  subjectName: string;
  windowStart: Date;
  observed: number;
  expected: number;
  pValue: number;
}

export function describeFlag(flag: Pick<NewFlag, 'kind' | 'subjectName' | 'observed' | 'expected'>): string {
  const seen = publishCount(flag.observed, getEnv().TRENDS_SUPPRESSION_THRESHOLD).text;
  if (flag.kind === 'NEW_PLATFORM_NAME') {
    // The name is a parent's own words: quoted so it cannot pass for the service's.
    return `Parents named a platform that is not on our list: ${quoteUntrusted(flag.subjectName)} (${seen} concerns in 14 days).`;
  }
  const what = flag.kind === 'PLATFORM_RISE' ? 'about' : 'of';
  return `Concerns ${what} ${flag.subjectName} rose: about ${seen} in 14 days, where about ${Math.round(flag.expected)} would be usual.`;
}

/** Emails every active member of the partnership's staff, once per flag (the messageId is stable). */
export async function notifyStaffOfFlag(tx: Tx, flag: NewFlag & { id: string }): Promise<void> {
  const staff = await tx.staffUser.findMany({
    where: {
      active: true,
      memberships: { some: { partnershipId: flag.partnershipId, role: 'PARTNERSHIP_STAFF' } },
    },
    select: { id: true, email: true },
  });
  const email = trendFlagEmail(describeFlag(flag));
  for (const person of staff) {
    await enqueueEmail(tx, {
      kind: 'trends.flag',
      to: person.email,
      ...email,
      messageId: `<trend-flag.${flag.id}.${person.id}@trends>`,
    });
  }
}
