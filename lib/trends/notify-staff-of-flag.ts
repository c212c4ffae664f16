import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { trendFlagEmail } from '@/lib/email/templates/trend-flag-email';
import type { TrendFlagKind } from '@/lib/generated/prisma/enums';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { activeTrendsStaff } from './trends-staff';
import { describeFlag } from './describe-flag';

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

/** Emails every active member of the partnership's staff, once per flag (the messageId is stable). */
export async function notifyStaffOfFlag(tx: Tx, flag: NewFlag & { id: string }): Promise<void> {
  const staff = await activeTrendsStaff(tx, flag.partnershipId);
  const email = trendFlagEmail(describeFlag(flag), await partnershipSite(tx, flag.partnershipId));
  await enqueueEmails(
    tx,
    staff.map((person) => ({
      kind: 'trends.flag',
      to: person.email,
      ...email,
      messageId: `<trend-flag.${flag.id}.${person.id}@trends>`,
      partnershipId: flag.partnershipId,
    })),
  );
}
