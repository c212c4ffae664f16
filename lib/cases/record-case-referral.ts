import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { referralSchema } from './case-form-schemas';
import { DESTINATION_LABELS } from './case-labels';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/** Records a referral (where, when, their reference) as a Referral row and a REFERRAL chronology entry. */
export function recordCaseReferral(user: SessionUser, input: z.infer<typeof referralSchema>) {
  const destination =
    input.destination === 'OTHER'
      ? (input.destinationOther as string)
      : DESTINATION_LABELS[input.destination];
  return changeCase(
    user,
    input,
    'concern.referral.add',
    withFollowOns(user, 'referral', input.also, async (tx, concern) => {
      const referral = await tx.referral.create({
        data: {
          concernId: concern.id,
          destination: input.destination,
          destinationOther: input.destination === 'OTHER' ? (input.destinationOther ?? null) : null,
          referredOn: input.referredOn,
          referredById: user.id,
          theirReference: input.theirReference ?? null,
        },
      });
      return {
        event: {
          kind: 'REFERRAL',
          summary: `Referred to ${destination}.`,
          detail: {
            destination,
            referredOn: input.referredOn.toISOString().slice(0, 10),
            ...(input.theirReference ? { theirReference: input.theirReference } : {}),
          },
        },
        auditDetail: { referralId: referral.id, destination: input.destination },
      };
    }),
  );
}
