import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { passedOnOftenEmail } from '@/lib/email/templates/passed-on-often-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { frontDoorTeam } from '@/lib/routing/find-notification-recipients';

/**
 * A concern passed on twice or more is bouncing between teams: its partnership's front-door team is emailed
 * (no content), in the move's transaction. The concern's passedOnCount puts it in the front door's list.
 */
export async function queuePassedOnOften(
  tx: Tx,
  concern: { id: string; reference: string; partnershipId: string },
  move: { moveId: string; times: number },
): Promise<void> {
  const email = passedOnOftenEmail({
    reference: concern.reference,
    times: move.times,
    site: await partnershipSite(tx, concern.partnershipId),
  });
  await enqueueEmails(
    tx,
    (await frontDoorTeam(tx, concern.partnershipId)).map((recipient) => ({
      kind: 'concern.passed-on-often',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('passed-on-often', concern.id, move.moveId, recipient.key),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
    })),
  );
}
