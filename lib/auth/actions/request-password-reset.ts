'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { requestPasswordReset } from '../password/request-password-reset';
import { clientAddress } from '@/lib/security/client-address';
import { tooManyAttempts } from '../sign-in/messages';

const schema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address')
    .max(320, 'Email address must be 320 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.org')),
});

/** Everyone sees the same next page, whether or not the address has an account. */
export const requestPasswordResetAction = defineAction({
  name: 'staff.password.reset-request',
  schema,
  authorise: async () => null,
  run: async ({ email }) => {
    const limit = await consumeLimit('signin.address', `reset:${clientAddress(await headers())}`);
    if (!limit.allowed) throw new UserFacingError(tooManyAttempts(limit.retryAfterSeconds), 'email');
    await requestPasswordReset(email);
    redirect('/forgotten-password/sent');
  },
});
