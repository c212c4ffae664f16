'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { WRONG_RECOVERY_CODE } from '../sign-in/messages';
import { requirePendingSignIn, throttleSecondFactor } from '../sign-in/second-factor';
import { landingPage } from '../sign-in/landing-page';
import { startStaffSession } from '../sign-in/start-staff-session';
import { spendRecoveryCode } from '../recovery-codes';

const schema = z.strictObject({
  recoveryCode: z.string().trim().min(1, 'Enter one of your recovery codes').max(40, WRONG_RECOVERY_CODE),
});

/** Step two without the authenticator: one of the ten recovery codes, each usable once. */
export const signInWithRecoveryCode = defineAction({
  name: 'staff.sign-in.recovery-code',
  schema,
  secretFields: ['recoveryCode'],
  authorise: requirePendingSignIn,
  run: async ({ recoveryCode }, pending) => {
    if (!pending.totpEnrolled) redirect('/sign-in/set-up-authenticator');
    await throttleSecondFactor(pending.userId, 'recoveryCode');
    if (!(await spendRecoveryCode(pending.userId, recoveryCode)))
      throw new UserFacingError(WRONG_RECOVERY_CODE, 'recoveryCode');
    await startStaffSession(pending.userId, 'recovery-code', pending.identityId);
    redirect(await landingPage(pending.userId));
  },
});
