import 'server-only';
import { redirect } from 'next/navigation';
import { UserFacingError } from '@/lib/actions/define-action';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { tooManyAttempts } from './messages';
import { readPendingSignIn, type PendingSignIn } from './pending-sign-in';
import { secondFactorKey } from './start-staff-session';

/** The half-signed-in account, or back to the first step when there is none (expired, forged, revoked). */
export async function requirePendingSignIn(): Promise<PendingSignIn> {
  const pending = await readPendingSignIn();
  if (!pending) redirect('/sign-in?expired=1');
  return pending;
}

/** Wrong codes are throttled per account like wrong passwords: six digits are few enough to guess at. */
export async function throttleSecondFactor(userId: string, field: string): Promise<void> {
  const limit = await consumeLimit('signin.account', secondFactorKey(userId));
  if (!limit.allowed) throw new UserFacingError(tooManyAttempts(limit.retryAfterSeconds), field);
}
