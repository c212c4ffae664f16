'use server';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { changePassword } from '../password/change-password';
import { confirmationProblem, newPasswordFields } from '../password/new-password-schema';
import { passwordProblem } from '../password-policy';
import { requireUser } from '../session';

const schema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, 'Enter your current password')
    .max(1024, 'Enter your current password correctly'),
  ...newPasswordFields,
});

export const changePasswordAction = defineAction({
  name: 'staff.password.change',
  schema,
  secretFields: ['currentPassword', 'password', 'confirmPassword'],
  authorise: requireUser,
  run: async ({ currentPassword, password, confirmPassword }, user) => {
    const problem = passwordProblem(password, { email: user.email, name: user.name });
    if (problem) throw new UserFacingError(problem, 'password');
    const mismatch = confirmationProblem(password, confirmPassword);
    if (mismatch) throw new UserFacingError(mismatch, 'confirmPassword');
    if (!(await changePassword(user.id, user.sessionId, currentPassword, password)))
      throw new UserFacingError('Enter your current password correctly', 'currentPassword');
    return { ok: true, message: 'Your password has been changed. You have been signed out everywhere else.' };
  },
});
