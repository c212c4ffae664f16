import 'server-only';
import { getDb } from '@/lib/db';
import { consumeLimit, resetLimit } from '@/lib/rate-limit/rate-limit';
import { verifyPassword } from '../hash-password';

export type PasswordCheck =
  | { ok: true; userId: string; sessionVersion: number; totpEnrolled: boolean }
  | { ok: false; reason: 'wrong' | 'throttled'; retryAfterSeconds?: number };

/**
 * The first sign-in step. Every attempt counts against the address it came from and the account it
 * names (known or not, so the throttle does not reveal who has an account). An unknown address, an
 * inactive account and a wrong password take the same path, including one argon2 verification, and get
 * the same answer.
 */
export async function checkStaffPassword(
  email: string,
  password: string,
  address: string,
): Promise<PasswordCheck> {
  const byAddress = await consumeLimit('signin.address', address);
  const byAccount = await consumeLimit('signin.account', `password:${email}`);
  if (!byAddress.allowed || !byAccount.allowed) {
    return {
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: Math.max(byAddress.retryAfterSeconds, byAccount.retryAfterSeconds),
    };
  }
  const user = await getDb().staffUser.findUnique({
    where: { email },
    select: { id: true, active: true, passwordHash: true, sessionVersion: true, totpEnrolledAt: true },
  });
  const usable = user?.active ? user : null;
  const right = await verifyPassword(usable?.passwordHash, password);
  if (!usable || !right) return { ok: false, reason: 'wrong' };
  await resetLimit('signin.account', `password:${email}`);
  return {
    ok: true,
    userId: usable.id,
    sessionVersion: usable.sessionVersion,
    totpEnrolled: usable.totpEnrolledAt !== null,
  };
}
