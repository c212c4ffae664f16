'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { safeReturnPath } from '../require-fresh-factor';
import { requireUser } from '../session';
import { WRONG_CODE } from '../sign-in/messages';
import { proveFactorAgain } from '../sign-in/prove-factor-again';
import { throttleSecondFactor } from '../sign-in/second-factor';

const schema = z.strictObject({
  code: z.string().trim().min(1, 'Enter the code from your authenticator app').max(40, WRONG_CODE),
  next: z.string().max(500).optional(),
});

/** Step-up: a signed-in person proves their second factor again, then goes back to what they were doing. */
export const confirmFreshFactor = defineAction({
  name: 'staff.step-up',
  schema,
  secretFields: ['code'],
  authorise: requireUser,
  run: async ({ code, next }, user) => {
    await throttleSecondFactor(user.id, 'code');
    if (!(await proveFactorAgain(user, code))) throw new UserFacingError(WRONG_CODE, 'code');
    redirect(safeReturnPath(next));
  },
});
