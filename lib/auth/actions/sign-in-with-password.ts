'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { getDb } from '@/lib/db';
import { checkStaffPassword } from '../sign-in/check-staff-password';
import { clientAddress } from '@/lib/security/client-address';
import { USE_WORK_ACCOUNT, WRONG_PASSWORD, tooManyAttempts } from '../sign-in/messages';
import { startPendingSignIn } from '../sign-in/pending-sign-in';
import { newTotpSecret } from '../totp';

const schema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address')
    .max(320, 'Email address must be 320 characters or fewer'),
  password: z.string().min(1, 'Enter your password').max(1024, 'Enter a correct email address and password'),
});

/** Step one: email and password. Step two (the authenticator) follows on its own page. */
export const signInWithPassword = defineAction({
  name: 'staff.sign-in.password',
  schema,
  secretFields: ['password'],
  authorise: async () => null,
  run: async ({ email, password }) => {
    const check = await checkStaffPassword(email, password, clientAddress(await headers()));
    if (!check.ok) {
      throw new UserFacingError(
        check.reason === 'throttled'
          ? tooManyAttempts(check.retryAfterSeconds)
          : check.reason === 'work-account'
            ? USE_WORK_ACCOUNT
            : WRONG_PASSWORD,
        'email',
      );
    }
    if (!check.totpEnrolled) {
      // A fresh secret each time until one is confirmed: nothing half-set-up is ever reused.
      await getDb().staffUser.update({ where: { id: check.userId }, data: { totpSecret: newTotpSecret() } });
    }
    await startPendingSignIn(check.userId, check.sessionVersion);
    redirect(check.totpEnrolled ? '/sign-in/code' : '/sign-in/set-up-authenticator');
  },
});
