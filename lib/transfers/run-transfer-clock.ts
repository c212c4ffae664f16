import 'server-only';
import { loadSchoolCalendars } from '@/lib/calendar/load-school-calendars';
import type { Db, Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { transferOverdueEmail, transferReminderEmail } from '@/lib/email/templates/file-transfer-emails';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { formatDate } from '@/lib/format/dates';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { frontDoorTeam, schoolTeam } from '@/lib/routing/find-notification-recipients';
import { TRANSFER_REMINDER_SCHOOL_DAYS, transferDeadline } from './transfer-due-date';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Transfers looked at in one run; the next run carries on. */
const BATCH = 100;

/**
 * The 5-school-day clock of open transfers (lib/transfers/transfer-due-date.ts): at school day 3 without a
 * receipt the sending school's DSLs get a reminder, at day 5 (the due date) the sending partnership's front
 * door is told (reference only). Each email once: the markers are set in the transaction that queues it,
 * and rows are claimed with FOR UPDATE SKIP LOCKED, so any number of workers may run it. Returns the number
 * of emails' occasions (reminders and overdue notices) handled.
 */
export async function runTransferClock(db: Db, now: Date): Promise<{ reminded: number; overdue: number }> {
  return db.$transaction(async (tx) => {
    // Three school days are at least three days: anything sent more recently cannot be due for either. A
    // child's whole file has one clock, its lead's (lib/transfers/start-child-file-transfer.ts).
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "FileTransfer"
      WHERE status = 'SENT' AND ("reminderSentAt" IS NULL OR "overdueNoticeSentAt" IS NULL)
        AND "childFileLeadId" IS NULL
        AND "sentAt" <= ${new Date(now.getTime() - TRANSFER_REMINDER_SCHOOL_DAYS * DAY_MS)}
      ORDER BY "dueAt", id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return { reminded: 0, overdue: 0 };
    const transfers = await tx.fileTransfer.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      include: {
        concern: { select: { reference: true } },
        toSchool: { select: { name: true } },
        // A child's whole file: the lead's cases, named in the emails after the lead's own.
        childFileCases: { select: { concern: { select: { reference: true } } }, orderBy: { id: 'asc' } },
      },
    });
    const calendars = await loadSchoolCalendars(
      tx,
      [...new Set(transfers.map((t) => t.toPartnershipId))],
      new Date(now.getTime() - 60 * DAY_MS),
    );
    let reminded = 0;
    let overdue = 0;
    for (const t of transfers) {
      const calendar = calendars.get(t.toPartnershipId)!;
      const remindAt = transferDeadline(t, calendar, TRANSFER_REMINDER_SCHOOL_DAYS);
      if (!t.reminderSentAt && remindAt <= now) {
        await remind(tx, t);
        await tx.fileTransfer.update({ where: { id: t.id }, data: { reminderSentAt: now } });
        reminded += 1;
      }
      if (!t.overdueNoticeSentAt && t.dueAt <= now) {
        await tellFrontDoor(tx, t);
        await tx.fileTransfer.update({ where: { id: t.id }, data: { overdueNoticeSentAt: now } });
        overdue += 1;
      }
    }
    return { reminded, overdue };
  });
}

type Open = {
  id: string;
  concernId: string;
  fromSchoolId: string;
  fromPartnershipId: string;
  dueAt: Date;
  concern: { reference: string };
  toSchool: { name: string };
  childFileCases: { concern: { reference: string } }[];
};

const referencesOf = (t: Open) => [t.concern.reference, ...t.childFileCases.map((c) => c.concern.reference)];

async function remind(tx: Tx, t: Open) {
  const site = await partnershipSite(tx, t.fromPartnershipId);
  const email = transferReminderEmail({
    references: referencesOf(t),
    toSchool: t.toSchool.name,
    due: formatDate(t.dueAt),
    site,
  });
  await enqueueEmails(
    tx,
    (await schoolTeam(tx, t.fromSchoolId, ['DSL', 'DEPUTY_DSL'])).map((recipient) => ({
      kind: 'transfer.reminder',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('transfer-reminder', t.id, recipient.key),
      concernId: t.concernId,
      partnershipId: t.fromPartnershipId,
    })),
  );
}

async function tellFrontDoor(tx: Tx, t: Open) {
  const email = transferOverdueEmail({ references: referencesOf(t), toSchool: t.toSchool.name });
  await enqueueEmails(
    tx,
    (await frontDoorTeam(tx, t.fromPartnershipId)).map((recipient) => ({
      kind: 'transfer.overdue',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('transfer-overdue', t.id, recipient.key),
      concernId: t.concernId,
      partnershipId: t.fromPartnershipId,
    })),
  );
}
