import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

// "People may also sign in with a password" (Partnership.passwordSignIn). Off, members with a work account
// bound in this partnership must use it (lib/auth/sign-in/check-staff-password.ts); others keep the password.

export const passwordSignInSchema = z.strictObject({
  passwordSignIn: z
    .enum(['yes', 'no'], { error: 'Select whether staff may also sign in with a password' })
    .transform((v) => v === 'yes'),
});

export async function getPasswordSignIn(partnershipId: string): Promise<boolean> {
  const row = await getDb().partnership.findUnique({
    where: { id: partnershipId },
    select: { passwordSignIn: true },
  });
  return row?.passwordSignIn ?? true;
}

export async function setPasswordSignIn(actorId: string, partnershipId: string, on: boolean): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.partnership.update({ where: { id: partnershipId }, data: { passwordSignIn: on } });
    await recordAudit(tx, {
      actorId,
      action: 'partnership.password-sign-in.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { passwordSignIn: on },
    });
  });
}
