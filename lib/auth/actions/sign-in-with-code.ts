'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { WRONG_CODE } from '../sign-in/messages';
import { requirePendingSignIn, throttleSecondFactor } from '../sign-in/second-factor';
import { landingPage } from '../sign-in/landing-page';
import { startStaffSession } from '../sign-in/start-staff-session';
import { acceptTotpCode } from '../totp';

const schema = z.strictObject({
  code: z.string().trim().min(1, 'Enter the code from your authenticator app').max(20, WRONG_CODE),
});

/** Step two: a current code from the authenticator app, accepted once. */
export const signInWithCode = defineAction({
  name: 'staff.sign-in.code',
  schema,
  secretFields: ['code'],
  authorise: requirePendingSignIn,
  run: async ({ code }, pending) => {
    if (!pending.totpEnrolled || !pending.totpSecret) redirect('/sign-in/set-up-authenticator');
    await throttleSecondFactor(pending.userId, 'code');
    if (!(await acceptTotpCode(pending.userId, pending.totpSecret, code)))
      throw new UserFacingError(WRONG_CODE, 'code');
    await startStaffSession(pending.userId, 'totp', pending.identityId);
    redirect(await landingPage(pending.userId));
  },
});
