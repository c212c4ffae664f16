'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { confirmationProblem, newPasswordFields } from '../password/new-password-schema';
import { findResetLink, resetPassword } from '../password/reset-password';
import { passwordProblem } from '../password-policy';

const schema = z.strictObject({ token: z.string().max(100), ...newPasswordFields });

export const resetPasswordAction = defineAction({
  name: 'staff.password.reset',
  schema,
  secretFields: ['password', 'confirmPassword', 'token'],
  authorise: async () => null,
  run: async ({ token, password, confirmPassword }) => {
    const link = await findResetLink(token);
    if (!link) redirect('/reset-password/expired');
    const problem = passwordProblem(password, { email: link.email, name: link.name });
    if (problem) throw new UserFacingError(problem, 'password');
    const mismatch = confirmationProblem(password, confirmPassword);
    if (mismatch) throw new UserFacingError(mismatch, 'confirmPassword');
    if (!(await resetPassword(token, password))) redirect('/reset-password/expired');
    redirect('/sign-in?reset=1');
  },
});
