import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { SERVICE_NAME } from '@/lib/service';
import { newLinkToken } from '../tokens';

export const RESET_LINK_HOURS = 1;

export type ResetRequest = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * "Forgotten password": if the address belongs to an active account, queues an email with a single-use
 * link that works for an hour. The caller tells everyone the same thing either way, and it takes as long
 * either way: both paths run the same limits, lookup and a three-statement transaction (an address with
 * no account writes only the audit entry, then reads where the other path writes). One network address
 * may ask 30 times in 15 minutes (as before, now its own count); one email address gets at most 3
 * emails an hour, and further requests for it quietly send nothing, so nobody can flood an inbox.
 */
export async function requestPasswordReset(email: string, address: string): Promise<ResetRequest> {
  const byAddress = await consumeLimit('reset.address', address);
  if (!byAddress.allowed) return { ok: false, retryAfterSeconds: byAddress.retryAfterSeconds };
  const byEmail = await consumeLimit('reset.email', email);
  const db = getDb();
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, active: true } });
  const account = user?.active && byEmail.allowed ? user : null;
  const { token, tokenHash } = newLinkToken();
  const link = `${getEnv().APP_URL}/reset-password/${token}`;
  const messageId = `<password-reset.${randomUUID()}@${new URL(getEnv().APP_URL).hostname}>`;
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: null,
      action: 'staff.password.reset-request',
      subject: 'staff',
      subjectId: account?.id ?? null,
    });
    if (!account) {
      await tx.passwordToken.findFirst({ where: { tokenHash }, select: { id: true } });
      await tx.outboxEmail.findFirst({ where: { messageId }, select: { id: true } });
      return;
    }
    await tx.passwordToken.create({
      data: {
        userId: account.id,
        purpose: 'RESET',
        tokenHash,
        expiresAt: new Date(Date.now() + RESET_LINK_HOURS * 3_600_000),
      },
    });
    await enqueueEmail(tx, {
      kind: 'staff.password-reset',
      to: email,
      subject: `Reset your password – ${SERVICE_NAME}`,
      text: `Someone asked to reset the password for your staff account.\n\nTo choose a new password, open this link within ${RESET_LINK_HOURS} hour. It works once:\n\n${link}\n\nIf you did not ask for this, you can ignore this email. Your password has not changed.`,
      html: `<p>Someone asked to reset the password for your staff account.</p><p>To choose a new password, open this link within ${RESET_LINK_HOURS} hour. It works once:</p><p><a href="${link}">${link}</a></p><p>If you did not ask for this, you can ignore this email. Your password has not changed.</p>`,
      messageId,
      // About the account, which may belong to several partnerships: service mail.
      partnershipId: null,
    });
  });
  return { ok: true };
}
