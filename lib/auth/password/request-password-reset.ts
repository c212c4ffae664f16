import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { enqueueEmail } from '@/lib/jobs/enqueue-email';
import { SERVICE_NAME } from '@/lib/service';
import { newLinkToken } from '../tokens';

export const RESET_LINK_HOURS = 1;

/**
 * "Forgotten password": if the address belongs to an active account, queues an email with a single-use
 * link that works for an hour. The caller tells everyone the same thing either way.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const db = getDb();
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user?.active) return;
  const { token, tokenHash } = newLinkToken();
  const link = `${getEnv().APP_URL}/reset-password/${token}`;
  await db.$transaction(async (tx) => {
    const created = await tx.passwordToken.create({
      data: {
        userId: user.id,
        purpose: 'RESET',
        tokenHash,
        expiresAt: new Date(Date.now() + RESET_LINK_HOURS * 3_600_000),
      },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'staff.password.reset-request',
      subject: 'staff',
      subjectId: user.id,
    });
    await enqueueEmail(tx, {
      kind: 'staff.password-reset',
      to: email,
      subject: `Reset your password – ${SERVICE_NAME}`,
      text: `Someone asked to reset the password for your staff account.\n\nTo choose a new password, open this link within ${RESET_LINK_HOURS} hour. It works once:\n\n${link}\n\nIf you did not ask for this, you can ignore this email. Your password has not changed.`,
      html: `<p>Someone asked to reset the password for your staff account.</p><p>To choose a new password, open this link within ${RESET_LINK_HOURS} hour. It works once:</p><p><a href="${link}">${link}</a></p><p>If you did not ask for this, you can ignore this email. Your password has not changed.</p>`,
      messageId: `<password-reset.${created.id}@${new URL(getEnv().APP_URL).hostname}>`,
    });
  });
}
