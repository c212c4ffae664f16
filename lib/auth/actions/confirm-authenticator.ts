'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { replaceRecoveryCodes } from '../recovery-codes';
import { landingPage } from '../sign-in/landing-page';
import { WRONG_CODE } from '../sign-in/messages';
import { requirePendingSignIn, throttleSecondFactor } from '../sign-in/second-factor';
import { startStaffSession } from '../sign-in/start-staff-session';
import { acceptTotpCode } from '../totp';

const schema = z.strictObject({
  code: z.string().trim().min(1, 'Enter the code from your authenticator app').max(20, WRONG_CODE),
});

/**
 * First sign-in: the code proves the app holds the secret. Then the account is enrolled, gets ten new
 * recovery codes (returned once, to show on the page) and is signed in; `home` is where they go next.
 */
export const confirmAuthenticator = defineAction({
  name: 'staff.totp.enrol',
  schema,
  secretFields: ['code'],
  authorise: requirePendingSignIn,
  run: async ({ code }, pending) => {
    if (pending.totpEnrolled || !pending.totpSecret) redirect('/sign-in/code');
    await throttleSecondFactor(pending.userId, 'code');
    if (!(await acceptTotpCode(pending.userId, pending.totpSecret, code)))
      throw new UserFacingError(WRONG_CODE, 'code');
    const recoveryCodes = await getDb().$transaction(async (tx) => {
      await tx.staffUser.update({ where: { id: pending.userId }, data: { totpEnrolledAt: new Date() } });
      await recordAudit(tx, {
        actorId: pending.userId,
        action: 'staff.totp.enrol',
        subject: 'staff',
        subjectId: pending.userId,
      });
      return replaceRecoveryCodes(tx, pending.userId);
    });
    await startStaffSession(pending.userId, 'enrolment', pending.identityId);
    return { ok: true, values: { recoveryCodes, home: await landingPage(pending.userId) } };
  },
});
