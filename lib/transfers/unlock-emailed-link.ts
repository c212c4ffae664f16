import 'server-only';
import { getDb } from '@/lib/db';
import { consumeLimit, refundLimit } from '@/lib/rate-limit/rate-limit';
import { newSecretToken, passcodeMatches, tokenHash } from './emailed-link-secrets';
import { findLiveLink, LINK_MAX_FAILURES, logLinkUse } from './find-emailed-link';

/** How long the right passcode opens the link in one browser (never past the link's own expiry). */
export const GRANT_MINUTES = 30;

export type UnlockOutcome =
  | { kind: 'ok'; grant: string; expiresAt: Date }
  | { kind: 'wrong' }
  | { kind: 'locked' }
  | { kind: 'gone' }
  | { kind: 'limited' };

/**
 * The receiving DSL types the passcode the sending school gave by phone. Each try is taken in turn (the
 * row's lock) and logged in the chronology and the audit chain with what it changed: a wrong one adds to
 * the link's count and, at the tenth, locks the link for good; the right one gives this browser a grant
 * (its hash on the row, the value in a cookie) that opens the link for GRANT_MINUTES, and only this link.
 * Every try also counts against the caller's address, all links together; a right one gives it back.
 */
export async function unlockEmailedLink(input: {
  token: string;
  passcode: string;
  address: string;
  /** The partnership the request's host serves (lib/transfers/find-emailed-link.ts). */
  site: string | null;
}): Promise<UnlockOutcome> {
  if (!(await consumeLimit('transfer.passcode.address', input.address)).allowed) return { kind: 'limited' };
  const now = new Date();
  const outcome = await getDb().$transaction(async (tx): Promise<UnlockOutcome> => {
    const link = await findLiveLink(tx, input.token, input.site, now, true);
    if (!link) {
      await passcodeMatches(null, input.passcode); // as long as a real check
      return { kind: 'gone' };
    }
    if (link.lockedAt) return { kind: 'locked' };
    if (!(await passcodeMatches(link.passcodeHash, input.passcode))) {
      const failures = link.failedPasscodes + 1;
      const locks = failures >= LINK_MAX_FAILURES;
      await tx.fileTransfer.update({
        where: { id: link.id },
        data: {
          failedPasscodes: failures,
          ...(locks ? { lockedAt: now, grantHash: null, grantExpiresAt: null } : {}),
        },
      });
      await logLinkUse(
        tx,
        link,
        locks ? 'locked' : 'passcode.wrong',
        locks
          ? `A wrong passcode was typed on the emailed link (${failures} in all): the link is locked.`
          : `A wrong passcode was typed on the emailed link (${failures} of ${LINK_MAX_FAILURES}).`,
        now,
      );
      return locks ? { kind: 'locked' } : { kind: 'wrong' };
    }
    const grant = newSecretToken();
    const latest = new Date(now.getTime() + GRANT_MINUTES * 60_000);
    const expiresAt = link.linkExpiresAt! < latest ? link.linkExpiresAt! : latest;
    await tx.fileTransfer.update({
      where: { id: link.id },
      data: { grantHash: tokenHash(grant), grantExpiresAt: expiresAt },
    });
    await logLinkUse(tx, link, 'passcode.right', 'The right passcode was typed on the emailed link.', now);
    return { kind: 'ok', grant, expiresAt };
  });
  if (outcome.kind === 'ok') await refundLimit('transfer.passcode.address', input.address);
  return outcome;
}
