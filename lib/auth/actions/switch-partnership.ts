'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { findLiveSession } from '../live-session';
import { requireUser } from '../session';
import { mainPage } from '../staff-destinations';
import { switchPartnership } from '../switch-partnership';

const CHOOSE = 'Choose the partnership you are working for';

const schema = z.strictObject({
  partnershipId: z.uuid(CHOOSE),
});

export const switchPartnershipAction = defineAction({
  name: 'staff.partnership.switch',
  schema,
  authorise: requireUser,
  run: async ({ partnershipId }, user) => {
    if (!(await switchPartnership(user, partnershipId))) throw new UserFacingError(CHOOSE, 'partnershipId');
    // Their main page in the partnership they now act for (its roles may differ).
    const now = await findLiveSession(user.sessionId);
    redirect(now ? mainPage(now) : '/sign-in');
  },
});
