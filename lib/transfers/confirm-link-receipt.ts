import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { findLiveLink, grantOpens, linkConcernIds, type LiveLink } from './find-emailed-link';

/**
 * The receiving DSL of a school off the deployment confirms receipt on the emailed link's page (the
 * receipt: their name and role as typed, encrypted, and when). In one transaction: the transfer is
 * ACCEPTED and its grant ended (the link never opens again), and the sending school's case is closed
 * with the outcome "transferred" (a closed case already closed stays as it is): the file now lives with
 * the new school, nobody on the service takes the case over, and the sending school keeps the closed case
 * and the transfer record until retention removes it as for any closed case (ARCHITECTURE.md). False when
 * the link does not work for this browser: nothing changed. A child's whole file is received as one: every
 * case it sends, each with its own entries.
 */
export async function confirmLinkReceipt(input: {
  token: string;
  grant: string | undefined;
  receiverName: string;
  receiverRole: string;
  /** The partnership the request's host serves (lib/transfers/find-emailed-link.ts). */
  site: string | null;
}): Promise<boolean> {
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const link = await findLiveLink(tx, input.token, input.site, now, true);
    if (!link || !grantOpens(link, input.grant, now)) return false;
    // Row by row: the receipt is sealed to each row (lib/encryption/).
    for (const id of [link.id, ...link.childFileCases.map((c) => c.id)]) {
      await tx.fileTransfer.update({
        where: { id },
        data: {
          status: 'ACCEPTED',
          answeredAt: now,
          receivedByName: input.receiverName,
          receivedByRole: input.receiverRole,
          grantHash: null,
          grantExpiresAt: null,
        },
      });
    }
    for (const concernId of linkConcernIds(link)) await closeReceived(tx, link, concernId, input, now);
    return true;
  });
}

/** One case sent by the link, received: closed (if not already), with its chronology and audit entries. */
async function closeReceived(
  tx: Tx,
  link: LiveLink,
  concernId: string,
  input: { receiverName: string; receiverRole: string },
  now: Date,
): Promise<void> {
  const concern = await tx.concern.findUniqueOrThrow({
    where: { id: concernId },
    select: { status: true, closedAt: true, outcome: true },
  });
  const closing = concern.status !== 'CLOSED';
  await tx.concern.update({
    where: { id: concernId },
    data: {
      ...(closing
        ? {
            status: 'CLOSED' as const,
            closedAt: now,
            outcome: concern.outcome ?? `Child protection file transferred to ${link.toSchool.name}.`,
          }
        : {}),
      version: { increment: 1 },
      lastActivityAt: now,
    },
  });
  const event = await tx.concernEvent.create({
    data: {
      concernId,
      actorId: null,
      at: now,
      kind: 'TRANSFER_ACCEPTED',
      summary:
        `Child protection file received by ${input.receiverName} (${input.receiverRole}) at ${link.toSchool.name}, by the emailed link.` +
        (closing ? ' The case is closed: the file now lives with the new school.' : ''),
      detail: { transferId: link.id },
    },
  });
  await recordAudit(tx, {
    actorId: null,
    action: 'concern.transfer.accepted',
    subject: 'Concern',
    subjectId: concernId,
    concernId,
    partnershipId: link.fromPartnershipId,
    detail: {
      eventId: event.id.toString(),
      transferId: link.id,
      fromSchoolId: link.fromSchoolId,
      toSchoolId: link.toSchoolId,
      closed: closing,
    },
  });
}
