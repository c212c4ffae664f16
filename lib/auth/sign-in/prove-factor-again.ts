import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { SessionUser } from '../live-session';
import { looksLikeRecoveryCode, spendRecoveryCode } from '../recovery-codes';
import { acceptTotpCode } from '../totp';

/**
 * Step-up for a signed-in session: a current authenticator code (or one unused recovery code) marks this
 * session's second factor as proven now. False for a wrong code or an account with no authenticator.
 */
export async function proveFactorAgain(user: SessionUser, code: string): Promise<boolean> {
  const db = getDb();
  const account = await db.staffUser.findUnique({
    where: { id: user.id },
    select: { totpSecret: true, totpEnrolledAt: true },
  });
  if (!account?.totpSecret || !account.totpEnrolledAt) return false;
  const how = looksLikeRecoveryCode(code) ? 'recovery-code' : 'totp';
  const proven =
    how === 'totp'
      ? await acceptTotpCode(user.id, account.totpSecret, code)
      : await spendRecoveryCode(user.id, code);
  if (!proven) return false;
  await db.$transaction(async (tx) => {
    await tx.staffSession.update({ where: { id: user.sessionId }, data: { factorProvenAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'staff.step-up',
      subject: 'staff',
      subjectId: user.id,
      detail: { how },
    });
  });
  return true;
}

/** Whether the account has our authenticator to prove again with (an account on its provider's mfa alone has not). */
export async function hasAuthenticator(user: SessionUser): Promise<boolean> {
  const account = await getDb().staffUser.findUnique({
    where: { id: user.id },
    select: { totpEnrolledAt: true },
  });
  return account?.totpEnrolledAt != null;
}
