import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db';
import { isSecretToken, tokenHash } from './emailed-link-secrets';

/** Ten wrong passcodes lock a link for good. */
export const LINK_MAX_FAILURES = 10;

const LINK_SELECT = {
  id: true,
  concernId: true,
  fromPartnershipId: true,
  fromSchoolId: true,
  toSchoolId: true,
  sentAt: true,
  note: true,
  passcodeHash: true,
  failedPasscodes: true,
  lockedAt: true,
  grantHash: true,
  grantExpiresAt: true,
  linkExpiresAt: true,
  wholeChildFile: true,
  fromChildRecordId: true,
  concern: { select: { reference: true } },
  // A child's whole file: its other cases (lib/transfers/start-child-file-transfer.ts).
  childFileCases: { select: { id: true, concernId: true }, orderBy: { id: 'asc' } },
  fromSchool: { select: { name: true } },
  toSchool: { select: { name: true } },
} as const;

/**
 * The transfer an emailed link's token names, while the link works: an EMAILED_LINK still waiting for its
 * receipt (not cancelled, not received), not expired, and opened on the sending partnership's own site
 * (`site`: the partnership the request's host serves, getPublicPartnership; the email's link is on that
 * site, lib/transfers/queue-emailed-link.ts). Anything else (an unknown, malformed, expired, cancelled or
 * received link, or one opened at another partnership's address) is null: the page says only "This link
 * does not work". A locked link is returned (its page says so); `forUpdate` takes the row's lock first, so
 * two tries are counted in turn.
 */
export async function findLiveLink(
  tx: Tx,
  token: unknown,
  site: string | null,
  now: Date,
  forUpdate = false,
) {
  if (!isSecretToken(token) || !site) return null;
  const hash = tokenHash(token);
  if (forUpdate) {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "FileTransfer"
      WHERE "linkTokenHash" = ${hash} AND "fromPartnershipId" = ${site}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
  }
  return tx.fileTransfer.findFirst({
    where: {
      linkTokenHash: hash,
      fromPartnershipId: site,
      kind: 'EMAILED_LINK',
      status: 'SENT',
      linkExpiresAt: { gt: now },
    },
    select: LINK_SELECT,
  });
}

export type LiveLink = NonNullable<Awaited<ReturnType<typeof findLiveLink>>>;

/** Whether this browser's grant (the cookie's value) opens this link now. */
export function grantOpens(link: LiveLink, grant: string | undefined, now: Date): boolean {
  return (
    !link.lockedAt &&
    isSecretToken(grant) &&
    link.grantHash === tokenHash(grant) &&
    !!link.grantExpiresAt &&
    link.grantExpiresAt > now
  );
}

/** Every case an emailed link sends: its own, and the other cases of a child's whole file. */
export function linkConcernIds(link: Pick<LiveLink, 'concernId' | 'childFileCases'>): string[] {
  return [link.concernId, ...link.childFileCases.map((c) => c.concernId)];
}

/**
 * One use of an emailed link in the chronology of each case it sends and the audit chain, in the caller's
 * transaction: by nobody on the service (no actor), for the sending partnership's audit page.
 */
export async function logLinkUse(
  tx: Tx,
  link: Pick<LiveLink, 'id' | 'concernId' | 'fromPartnershipId' | 'childFileCases'>,
  use: 'open' | 'passcode.wrong' | 'passcode.right' | 'locked' | 'download',
  summary: string,
  now: Date,
): Promise<void> {
  for (const concernId of linkConcernIds(link)) {
    const event = await tx.concernEvent.create({
      data: { concernId, actorId: null, at: now, kind: 'TRANSFER_LINK_USED', summary },
    });
    await recordAudit(tx, {
      actorId: null,
      action: `concern.transfer.link.${use}`,
      subject: 'Concern',
      subjectId: concernId,
      concernId,
      partnershipId: link.fromPartnershipId,
      detail: { eventId: event.id.toString(), transferId: link.id },
    });
  }
}
