import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { normaliseCode } from '@/lib/concerns/codes';
import { getDb } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { caseLookUpsRefusedEmail } from '@/lib/email/templates/case-look-ups-refused-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { consumeLimit, LIMITS } from '@/lib/rate-limit/rate-limit';

export const REFUSED_LOOK_UP_ACTION = 'security.case-look-up-refused';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A member of staff asked for a case outside their scope (they were told "not found"). Records it in the
 * audit trail of each partnership they work for, with the reference or id they asked for (a reference
 * names a concern, not a person, and tells an administrator which school to ask), never anything from the
 * case, and not against the case itself, so its team's access log and its partnership's page, which may
 * not be the asker's, say nothing. At the tenth in an hour, the asker's administrators are emailed once.
 */
export async function recordRefusedLookUp(user: SessionUser, referenceOrId: string): Promise<void> {
  const partnershipIds = [...new Set(user.memberships.map((m) => m.partnershipId))];
  const asked =
    normaliseCode(referenceOrId, 8) ?? (UUID.test(referenceOrId) ? referenceOrId.toLowerCase() : null);
  const counted = await consumeLimit('cases.look-up-refused.alert', user.id);
  const alert = counted.attempts === LIMITS['cases.look-up-refused.alert'].points;
  await getDb().$transaction(async (tx) => {
    for (const partnershipId of partnershipIds) {
      await recordAudit(tx, {
        actorId: user.id,
        action: REFUSED_LOOK_UP_ACTION,
        subject: 'Concern',
        subjectId: asked,
        partnershipId,
      });
    }
    if (!alert) return;
    const admins = await tx.staffUser.findMany({
      where: {
        active: true,
        memberships: { some: { role: 'ADMIN', partnershipId: { in: partnershipIds } } },
      },
      select: { id: true, email: true },
    });
    const message = caseLookUpsRefusedEmail(
      partnershipIds.length === 1 ? await partnershipSite(tx, partnershipIds[0]!) : undefined,
    );
    await enqueueEmails(
      tx,
      admins.map((admin) => ({
        kind: 'staff.case-look-ups-refused',
        to: admin.email,
        ...message,
        messageId: stableMessageId('case-look-ups-refused', user.id, admin.id, String(Date.now())),
        // Someone with roles in two partnerships: the email is about both, so it is shown to neither.
        partnershipId: partnershipIds.length === 1 ? partnershipIds[0]! : null,
      })),
    );
  });
}
