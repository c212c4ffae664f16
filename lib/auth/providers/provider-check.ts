import 'server-only';
import { UserFacingError } from '@/lib/errors';
import { getDb, type Tx } from '@/lib/db';
import { PROVIDER_SWITCHED_OFF } from '../sign-in/messages';

// How long the provider's word for a person lasts here (issue 19: "re-checked at least every 12 hours").
// A provider that gave a refresh token is asked again by the worker after RECHECK_AFTER_MS (a 10-minute
// job, so always within 12 hours); if it cannot be reached, its sessions carry on until 24 hours after its
// last good answer, so an outage of an hour does not sign a whole partnership out, and a long one does.
// A provider that gave none cannot be asked: its sessions end 12 hours after signing in.

const HOUR_MS = 3_600_000;
export const RECHECK_AFTER_MS = 11 * HOUR_MS;
const WITH_REFRESH_MS = 24 * HOUR_MS;
const WITHOUT_REFRESH_MS = 12 * HOUR_MS;

/** When a session the provider vouched for at `at` ends, unless it vouches again. */
export function providerVouchedUntil(at: Date, refreshable: boolean): Date {
  return new Date(at.getTime() + (refreshable ? WITH_REFRESH_MS : WITHOUT_REFRESH_MS));
}

/**
 * The provider has just vouched for the person (a sign-in): when, and its new refresh token if it gave
 * one (written encrypted; a sign-in without one keeps the last, which the re-check will try).
 */
export async function recordProviderCheck(identityId: string, refreshToken: string | undefined) {
  await getDb().signInIdentity.update({
    where: { id: identityId },
    data: { checkedAt: new Date(), ...(refreshToken ? { refreshToken } : {}) },
    select: { id: true },
  });
}

/**
 * What a new session through this identity records: which identity, and until when it is vouched for.
 * An identity that is not (or no longer) the account's still gets the shorter life, never none. A provider
 * switched off since the person came back from it (they were at our authenticator step) gives no session:
 * switching it off ended its sessions, so one must not start after.
 */
export async function providerSessionFields(
  tx: Tx,
  userId: string,
  identityId: string | undefined,
  at: Date,
) {
  if (!identityId) return {};
  const identity = await tx.signInIdentity.findFirst({
    where: { id: identityId, userId },
    select: { id: true, refreshToken: true, provider: { select: { enabled: true } } },
  });
  if (!identity) return { providerVouchedUntil: providerVouchedUntil(at, false) };
  if (!identity.provider.enabled) throw new UserFacingError(PROVIDER_SWITCHED_OFF);
  return { identityId, providerVouchedUntil: providerVouchedUntil(at, Boolean(identity.refreshToken)) };
}
