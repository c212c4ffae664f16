import 'server-only';
import { getDb } from '@/lib/db';
import { signInFailuresEmail } from '@/lib/email/templates/sign-in-failures-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { consumeLimit, LIMITS, resetLimit, type LimitResult } from '@/lib/rate-limit/rate-limit';

const PAIR_LIMITS = ['signin.pair.minute', 'signin.pair.hour', 'signin.pair.day'] as const;

const pairKey = (email: string, address: string) => `password:${email}:${address}`;

/**
 * Counts a password attempt against its address and against the pair (account, address), never against
 * the account alone: a per-account limit would let anyone lock a member of staff out by typing wrong
 * passwords for them. Guessing from many addresses is left to the second factor, which every sign-in
 * needs, and to the email below.
 */
export async function throttlePasswordAttempt(email: string, address: string): Promise<LimitResult> {
  const results = [await consumeLimit('signin.address', address)];
  for (const name of PAIR_LIMITS) results.push(await consumeLimit(name, pairKey(email, address)));
  return {
    allowed: results.every((result) => result.allowed),
    retryAfterSeconds: Math.max(...results.map((result) => result.retryAfterSeconds)),
    attempts: Math.max(...results.map((result) => result.attempts)),
  };
}

/** The right password from this address: its delay starts again. */
export async function forgetPasswordFailures(email: string, address: string): Promise<void> {
  for (const name of PAIR_LIMITS) await resetLimit(name, pairKey(email, address));
}

/**
 * A wrong password: at the tenth for one email address in an hour, from anywhere, tell the account's
 * holder. Counted for unknown addresses too, so the time taken does not say which addresses have one.
 */
export async function noteWrongPassword(
  email: string,
  user: { id: string; email: string } | null,
): Promise<void> {
  const counted = await consumeLimit('signin.account.alert', `password:${email}`);
  if (!user || counted.attempts !== LIMITS['signin.account.alert'].points) return;
  const message = signInFailuresEmail();
  await getDb().$transaction((tx) =>
    enqueueEmail(tx, {
      kind: 'staff.sign-in-failures',
      to: user.email,
      ...message,
      messageId: stableMessageId('sign-in-failures', user.id, String(Date.now())),
      // About the account, which may belong to several partnerships: service mail.
      partnershipId: null,
    }),
  );
}
