import 'server-only';
import { getDb } from '@/lib/db';
import { verifyPassword } from '../hash-password';
import { forgetPasswordFailures, noteWrongPassword, throttlePasswordAttempt } from './throttle-password';

export type PasswordCheck =
  | { ok: true; userId: string; sessionVersion: number; totpEnrolled: boolean }
  | { ok: false; reason: 'wrong' | 'throttled'; retryAfterSeconds?: number };

/**
 * The first sign-in step. Every attempt counts against the address it came from and against that address
 * with the account it names (known or not, so the throttle does not reveal who has an account), never
 * against the account alone (lib/auth/sign-in/throttle-password.ts). An unknown address, an inactive
 * account and a wrong password take the same path, including one argon2 verification, and get the same
 * answer.
 */
export async function checkStaffPassword(
  email: string,
  password: string,
  address: string,
): Promise<PasswordCheck> {
  const throttle = await throttlePasswordAttempt(email, address);
  if (!throttle.allowed) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const user = await getDb().staffUser.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      totpEnrolledAt: true,
    },
  });
  const usable = user?.active ? user : null;
  const right = await verifyPassword(usable?.passwordHash, password);
  if (!usable || !right) {
    await noteWrongPassword(email, usable);
    return { ok: false, reason: 'wrong' };
  }
  await forgetPasswordFailures(email, address);
  return {
    ok: true,
    userId: usable.id,
    sessionVersion: usable.sessionVersion,
    totpEnrolled: usable.totpEnrolledAt !== null,
  };
}
