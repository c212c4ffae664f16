import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { transferLinkEmail } from '@/lib/email/templates/file-transfer-emails';
import { appLink, stableMessageId } from '@/lib/email/templates/render-email';
import { formatDateTime } from '@/lib/format/dates';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { hashPasscode, newPasscode, newSecretToken, tokenHash } from './emailed-link-secrets';

/** An emailed link works for this long after sending. */
export const LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Gives a new EMAILED_LINK transfer its link and passcode, in the sending transaction, and queues the one
 * email to the address the sender typed: the link on the sending partnership's own site, never the passcode
 * nor a word of the child. Stores the token's SHA-256 and the passcode's argon2id only; returns the
 * passcode, for the sender to see once.
 */
export async function queueEmailedLink(
  tx: Tx,
  input: {
    transferId: string;
    concernId: string;
    fromPartnershipId: string;
    fromSchool: string;
    toSchool: string;
    recipientEmail: string;
    sentAt: Date;
  },
): Promise<string> {
  const token = newSecretToken();
  const passcode = newPasscode();
  const linkExpiresAt = new Date(input.sentAt.getTime() + LINK_DAYS * DAY_MS);
  await tx.fileTransfer.update({
    where: { id: input.transferId },
    data: {
      recipientEmail: input.recipientEmail,
      linkTokenHash: tokenHash(token),
      passcodeHash: await hashPasscode(passcode),
      linkExpiresAt,
    },
  });
  const site = await partnershipSite(tx, input.fromPartnershipId);
  await enqueueEmail(tx, {
    kind: 'transfer.link',
    to: input.recipientEmail,
    ...transferLinkEmail({
      fromSchool: input.fromSchool,
      toSchool: input.toSchool,
      link: appLink(`/file-transfer/${token}`, site),
      expires: formatDateTime(linkExpiresAt),
    }),
    messageId: stableMessageId('transfer-link', input.transferId),
    concernId: input.concernId,
    partnershipId: input.fromPartnershipId,
  });
  return passcode;
}
