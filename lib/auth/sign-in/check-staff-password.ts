import 'server-only';
import { getDb } from '@/lib/db';
import { verifyPassword } from '../hash-password';
import { forgetPasswordFailures, noteWrongPassword, throttlePasswordAttempt } from './throttle-password';

export type PasswordCheck =
  | { ok: true; userId: string; sessionVersion: number; totpEnrolled: boolean }
  | { ok: false; reason: 'wrong' | 'throttled' | 'work-account'; retryAfterSeconds?: number };

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
  // Asked only after the right password, so it tells no stranger who has a work account.
  if (await mustUseWorkAccount(usable.id)) return { ok: false, reason: 'work-account' };
  return {
    ok: true,
    userId: usable.id,
    sessionVersion: usable.sessionVersion,
    totpEnrolled: usable.totpEnrolledAt !== null,
  };
}

/**
 * Whether a partnership this person belongs to has turned password sign-in off and they have a work account
 * bound there: then that work account is their only way in (Partnership.passwordSignIn).
 */
async function mustUseWorkAccount(userId: string): Promise<boolean> {
  const bound = await getDb().signInIdentity.findFirst({
    where: {
      userId,
      provider: { partnership: { passwordSignIn: false, memberships: { some: { userId } } } },
    },
    select: { id: true },
  });
  return bound !== null;
}
