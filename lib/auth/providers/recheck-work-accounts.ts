import 'server-only';
import { errors } from 'openid-client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log';
import { revokeSessions } from '../revoke-sessions';
import { errorName } from './begin-provider-sign-in';
import { subjectOf } from './match-provider-account';
import { providerCallbackUri } from './provider-callback-uri';
import { providerClient } from './provider-client';
import { providerVouchedUntil, RECHECK_AFTER_MS } from './provider-check';
import { recordRecheckAnswered, recordRecheckFailed, type RecheckFailure } from './provider-recheck-health';

const BATCH = 20;
/** OAuth errors that mean the provider does not accept our client's credentials. */
const CLIENT_REFUSED = new Set(['invalid_client', 'unauthorized_client']);

type Answer =
  | { ok: true; refreshToken: string | undefined }
  | { ok: false; refused: true }
  | { ok: false; refused: false; failure: RecheckFailure };

/**
 * The worker's re-check of work accounts (issue 19, leavers at the provider): every identity with a live
 * session, a refresh token and a last check older than RECHECK_AFTER_MS is refreshed at its provider.
 * Accepted: its sessions are vouched for another 24 hours. Refused (invalid_grant: disabled, deleted, its
 * grant revoked; or the token names someone else): every session of the person here ends at once, audited
 * in the same transaction. No answer, or a provider error that is not about the person: nothing changes
 * and it is tried again at the next run, so the sessions end only when the 24 hours run out; the provider
 * counts the failure, and one that keeps failing is shown and emailed to its administrators
 * (provider-recheck-health.ts). A provider switched off is not asked: its sessions ended when it was.
 */
export async function recheckWorkAccounts(db: Db, now: Date) {
  const env = getEnv();
  const due = await db.signInIdentity.findMany({
    where: {
      refreshToken: { not: null },
      provider: { enabled: true },
      checkedAt: { lt: new Date(now.getTime() - RECHECK_AFTER_MS) },
      sessions: {
        some: {
          revokedAt: null,
          providerVouchedUntil: { gt: now },
          lastSeenAt: { gt: new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000) },
          createdAt: { gt: new Date(now.getTime() - env.SESSION_MAX_HOURS * 3_600_000) },
        },
      },
    },
    select: { id: true },
    orderBy: { checkedAt: 'asc' },
    take: BATCH,
  });
  let ended = 0;
  for (const { id } of due) if ((await recheckIdentity(db, id, now)) === 'ended') ended += 1;
  return { checked: due.length, ended, more: due.length === BATCH };
}

/**
 * One identity, under its row lock so two workers never spend one refresh token (a provider that
 * rotates them would take the second use as theft and revoke the person's grant).
 */
async function recheckIdentity(db: Db, id: string, now: Date): Promise<'kept' | 'ended' | 'skipped'> {
  return db.$transaction(async (tx) => {
    const dueBefore = new Date(now.getTime() - RECHECK_AFTER_MS);
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "SignInIdentity" WHERE id = ${id}::uuid AND "checkedAt" < ${dueBefore}
      FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return 'skipped';
    const identity = await tx.signInIdentity.findUniqueOrThrow({
      where: { id },
      select: { id: true, subject: true, userId: true, refreshToken: true, provider: true },
    });
    const answer = await askProvider(identity.provider, identity.subject, identity.refreshToken ?? '');
    if (!answer.ok && !answer.refused) {
      await recordRecheckFailed(tx, identity.provider, answer.failure, now);
      return 'skipped';
    }
    await recordRecheckAnswered(tx, identity.provider.id);
    if (answer.ok) {
      await tx.signInIdentity.update({
        where: { id },
        data: { checkedAt: now, ...(answer.refreshToken ? { refreshToken: answer.refreshToken } : {}) },
        select: { id: true },
      });
      await tx.staffSession.updateMany({
        where: { identityId: id, revokedAt: null },
        data: { providerVouchedUntil: providerVouchedUntil(now, true) },
      });
      return 'kept';
    }
    await revokeSessions(tx, identity.userId);
    await tx.signInIdentity.update({ where: { id }, data: { refreshToken: null }, select: { id: true } });
    await recordAudit(tx, {
      actorId: null,
      action: 'staff.sign-in-provider.refused',
      subject: 'staff',
      subjectId: identity.userId,
      partnershipId: identity.provider.partnershipId,
      detail: { providerId: identity.provider.id },
    });
    return 'ended';
  });
}

type Provider = Parameters<typeof providerClient>[0] & { id: string };

async function askProvider(provider: Provider, subject: string, refreshToken: string): Promise<Answer> {
  try {
    const client = await providerClient(provider, providerCallbackUri(null));
    const tokens = await client.refresh(refreshToken);
    // A new id token must still be the same person's.
    if (tokens.id_token && subjectOf(provider.kind, tokens.claims()) !== subject)
      return { ok: false, refused: true };
    return { ok: true, refreshToken: tokens.refresh_token };
  } catch (error) {
    const answered = error instanceof errors.OPError;
    const refused = answered && error.error === 'invalid_grant';
    // The provider's id and what kind of failure only: never the token, the person or the message.
    logger().warn(
      { event: 'signin.provider.recheck', providerId: provider.id, refused, error: errorName(error) },
      refused ? 'provider refused a work account' : 'provider re-check failed',
    );
    if (refused) return { ok: false, refused };
    // Not about the person: the provider refused our client (an expired secret, say), or gave no useful
    // answer (down, timed out, its own error), which the administrators are told as "could not reach".
    const refusedUs = answered && CLIENT_REFUSED.has(error.error ?? '');
    return { ok: false, refused, failure: refusedUs ? 'refused-us' : 'unreachable' };
  }
}
