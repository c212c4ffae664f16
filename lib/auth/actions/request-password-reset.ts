'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { deliverableEmail } from '@/lib/actions/text-fields';
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
    .pipe(deliverableEmail('Enter an email address in the correct format, like name@example.org')),
});

/** Everyone sees the same next page, whether or not the address has an account. */
export const requestPasswordResetAction = defineAction({
  name: 'staff.password.reset-request',
  schema,
  authorise: async () => null,
  run: async ({ email }) => {
    const request = await requestPasswordReset(email, clientAddress(await headers()));
    if (!request.ok) throw new UserFacingError(tooManyAttempts(request.retryAfterSeconds), 'email');
    redirect('/forgotten-password/sent');
  },
});
