import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { loadSchoolCalendar } from '@/lib/calendar/load-school-calendars';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { transferSentEmail } from '@/lib/email/templates/file-transfer-emails';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { schoolTeam } from '@/lib/routing/find-notification-recipients';
import { queueEmailedLink } from './queue-emailed-link';
import { transferDeadline } from './transfer-due-date';

export const RECIPIENT_EMAIL_NEEDED =
  'That school is not on this service. Enter the email address of its safeguarding lead';

export interface TransferDestination {
  to: { id: string; name: string; partnershipId: string };
  /** The receiving school's DSLs and deputies on the service; none: the school is off the deployment. */
  team: Awaited<ReturnType<typeof schoolTeam>>;
  offService: boolean;
}

/**
 * The school a file is sent to, as the form named it (any active school of the register the deployment
 * holds, of any partnership): refused with a message at the field when unknown, inactive or the sending
 * school itself, and when it is off the deployment (no DSL or deputy on the service) without the address
 * of its safeguarding lead. Used by a case's transfer and a child's whole file alike.
 */
export async function findTransferDestination(
  tx: Tx,
  input: { to: string; recipientEmail?: string | undefined },
  fromSchoolId: string,
  alreadyThere: string,
): Promise<TransferDestination> {
  const to = await tx.school.findUnique({
    where: { id: input.to },
    select: { id: true, name: true, active: true, partnershipId: true },
  });
  if (!to) throw new UserFacingError('Select the school from the list', 'to');
  if (!to.active) {
    throw new UserFacingError('That school is not on the service. Choose another school', 'to');
  }
  if (to.id === fromSchoolId) throw new UserFacingError(alreadyThere, 'to');
  const team = await schoolTeam(tx, to.id, ['DSL', 'DEPUTY_DSL']);
  const offService = team.length === 0;
  if (offService && !input.recipientEmail)
    throw new UserFacingError(RECIPIENT_EMAIL_NEEDED, 'recipientEmail');
  return { to: { id: to.id, name: to.name, partnershipId: to.partnershipId }, team, offService };
}

/**
 * The columns every sent transfer row shares (a case's, or each case's of a child's whole file): who sends
 * it from where, to which school, and its due date — 5 school days by the receiving partnership's calendar
 * from the later of the sending and the child's start. The caller adds the case (and a whole file's marks).
 */
export async function sentTransferRow(
  tx: Tx,
  destination: TransferDestination,
  from: { partnershipId: string; schoolId: string; childRecordId: string | null },
  input: { childStartsOn: Date; note?: string | null | undefined },
  sentById: string,
) {
  const { to, offService } = destination;
  const sentAt = new Date();
  const calendar = await loadSchoolCalendar(tx, to.partnershipId, sentAt);
  return {
    kind: offService ? ('EMAILED_LINK' as const) : ('ON_SERVICE' as const),
    // Stays on the sending school's child file after the case leaves it (lib/children/child-transfers.ts).
    fromChildRecordId: from.childRecordId,
    fromPartnershipId: from.partnershipId,
    fromSchoolId: from.schoolId,
    toSchoolId: to.id,
    toPartnershipId: to.partnershipId,
    childStartsOn: input.childStartsOn,
    note: input.note ?? null,
    sentById,
    sentAt,
    dueAt: transferDeadline({ sentAt, childStartsOn: input.childStartsOn }, calendar),
  };
}

/** What a sender's transfer tells the receiving school: the file's lead row and the case named in emails. */
export interface SentFile {
  transferId: string;
  concernId: string;
  /** The case's reference, or each case's of a child's whole file, the lead's first. */
  references: string[];
  fromPartnershipId: string;
  fromSchoolId: string;
  /** For a school off the deployment: its safeguarding lead's address, as the sender typed it. */
  recipientEmail?: string | undefined;
  sentAt: Date;
}

/**
 * Tells the receiving school a file waits, in the sender's transaction, for a case's transfer and a child's
 * whole file alike: off the deployment, one emailed link (lib/transfers/queue-emailed-link.ts) whose
 * passcode comes back once for the sender to give by phone; on it, an email to each DSL and deputy.
 * `notified` is how many emails were queued.
 */
export async function tellReceivingSchool(
  tx: Tx,
  sent: SentFile,
  destination: TransferDestination,
): Promise<{ passcode: string | null; notified: number }> {
  const from = await tx.school.findUniqueOrThrow({
    where: { id: sent.fromSchoolId },
    select: { name: true },
  });
  if (destination.offService) {
    const passcode = await queueEmailedLink(tx, {
      transferId: sent.transferId,
      concernId: sent.concernId,
      fromPartnershipId: sent.fromPartnershipId,
      fromSchool: from.name,
      toSchool: destination.to.name,
      recipientEmail: sent.recipientEmail!,
      sentAt: sent.sentAt,
    });
    return { passcode, notified: 1 };
  }
  return { passcode: null, notified: await notifyReceivingTeam(tx, sent, destination, from.name) };
}

/** The email to each DSL and deputy of the receiving school: a file waits for them (reference and link). */
async function notifyReceivingTeam(
  tx: Tx,
  sent: { concernId: string; references: string[]; transferId: string },
  destination: TransferDestination,
  fromSchool: string,
): Promise<number> {
  const { to, team } = destination;
  const site = await partnershipSite(tx, to.partnershipId);
  const email = transferSentEmail({
    fromSchool,
    references: sent.references,
    transferId: sent.transferId,
    site,
  });
  await enqueueEmails(
    tx,
    team.map((recipient) => ({
      kind: 'transfer.sent',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('transfer-sent', sent.transferId, recipient.key),
      concernId: sent.concernId,
      partnershipId: to.partnershipId,
    })),
  );
  return team.length;
}
