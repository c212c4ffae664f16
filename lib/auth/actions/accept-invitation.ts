'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { acceptInvitation } from '../invitations/accept-invitation';
import { findOpenInvitation } from '../invitations/find-invitation';
import { confirmationProblem, newPasswordFields } from '../password/new-password-schema';
import { passwordProblem } from '../password-policy';
import { startPendingSignIn } from '../sign-in/pending-sign-in';

const schema = z.strictObject({
  token: z.string().max(100),
  name: z.string().trim().max(200, 'Your name must be 200 characters or fewer').optional(),
  password: newPasswordFields.password.optional(),
  confirmPassword: newPasswordFields.confirmPassword.optional(),
});

/** New staff choose their name and password, then go straight on to set up their authenticator app. */
export const acceptInvitationAction = defineAction({
  name: 'staff.invitation.accept',
  schema,
  secretFields: ['password', 'confirmPassword', 'token'],
  authorise: async () => null,
  run: async ({ token, name = '', password = '', confirmPassword = '' }) => {
    const invitation = await findOpenInvitation(token);
    if (!invitation) redirect('/invitation/expired');
    if (invitation.hasAccount) {
      if (!(await acceptInvitation(token, null)).ok) redirect('/invitation/expired');
      redirect('/sign-in?invited=1');
    }
    if (!name) throw new UserFacingError('Enter your full name', 'name');
    const problem = passwordProblem(password, { email: invitation.email, name });
    if (problem) throw new UserFacingError(problem, 'password');
    const mismatch = confirmationProblem(password, confirmPassword);
    if (mismatch) throw new UserFacingError(mismatch, 'confirmPassword');
    const accepted = await acceptInvitation(token, { name, password });
    if (!accepted.ok) redirect('/invitation/expired');
    await startPendingSignIn(accepted.userId, accepted.sessionVersion);
    redirect('/sign-in/set-up-authenticator');
  },
});
