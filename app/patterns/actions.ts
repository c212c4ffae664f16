'use server';
// The front door's actions on a pattern. Each authorises itself (the permission here, the partnership of
// the pattern inside lib/), whatever the page did, because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { patternReferralSchema } from '@/lib/pattern-referrals/pattern-referral-schema';
import { recordPatternReferral } from '@/lib/pattern-referrals/record-pattern-referral';
import { requestShares } from '@/lib/share-requests/request-shares';
import { shareRequestSchema } from '@/lib/share-requests/share-request-schemas';

const authorise = () => requirePermission('account-patterns.read');

export const requestSharesAction = defineAction({
  name: 'account-pattern.share-request',
  schema: shareRequestSchema,
  authorise,
  run: async (input, user) => {
    const made = await requestShares(user, partnershipFor(user, 'account-patterns.read'), input);
    revalidatePath('/patterns');
    return {
      ok: true,
      message:
        made === 0
          ? 'Every school in this pattern has already been asked'
          : `Asked the schools to share ${made} ${made === 1 ? 'case' : 'cases'}`,
    };
  },
});

export const recordPatternReferralAction = defineAction({
  name: 'account-pattern.referral',
  schema: patternReferralSchema,
  authorise,
  run: async (input, user) => {
    await recordPatternReferral(user, partnershipFor(user, 'account-patterns.read'), input);
    revalidatePath('/patterns');
    return { ok: true, message: 'Referral recorded' };
  },
});
