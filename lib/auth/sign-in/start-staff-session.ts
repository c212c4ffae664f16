import 'server-only';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { resetLimit } from '@/lib/rate-limit/rate-limit';
import { authOptions } from '../auth-options';
import { providerSessionFields } from '../providers/provider-check';
import { endPendingSignIn } from './pending-sign-in';

/**
 * Both factors have passed: creates the StaffSession row and issues next-auth's session cookie for it.
 * The token is made by next-auth's own encoder with the secret, lifetime and cookie settings of
 * authOptions(), so next-auth reads it as one of its own; it carries only the session row's id.
 * (Issuing it here, in the server action, is what lets the second step work as a plain form without
 * JavaScript and show its errors on the same page.) A work-account sign-in (`identityId`, the provider's
 * identity it came through, also when our authenticator step followed) lasts only while the provider
 * vouches for the person (lib/auth/providers/provider-check.ts).
 */
export async function startStaffSession(
  userId: string,
  how: 'totp' | 'recovery-code' | 'enrolment' | 'provider',
  identityId?: string,
): Promise<void> {
  const db = getDb();
  const session = await db.$transaction(async (tx) => {
    const now = new Date();
    // Every way here proved a second factor just now (the provider's only when it reported mfa).
    const created = await tx.staffSession.create({
      data: { userId, factorProvenAt: now, ...(await providerSessionFields(tx, userId, identityId, now)) },
    });
    await tx.staffUser.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      actorId: userId,
      action: 'staff.sign-in',
      subject: 'staff',
      subjectId: userId,
      detail: { how },
    });
    return created;
  });
  const options = authOptions();
  const cookie = options.cookies!.sessionToken!;
  const maxAge = getEnv().SESSION_MAX_HOURS * 3600;
  const token = await encode({ token: { sub: userId, sid: session.id }, secret: options.secret!, maxAge });
  const jar = await cookies();
  jar.set(cookie.name, token, { ...cookie.options, maxAge });
  await endPendingSignIn();
  await resetLimit('signin.account', secondFactorKey(userId));
}

/** The throttle key for wrong authenticator or recovery codes against one account. */
export function secondFactorKey(userId: string): string {
  return `second-factor:${userId}`;
}
