import 'server-only';
import { formatDate } from '@/lib/format/dates';
import type { FileTransferStatus } from '@/lib/generated/prisma/enums';

/** What a transfer's state is told from, as the transfer lines and the child's file both read it. */
export interface TransferStateFacts {
  status: FileTransferStatus;
  dueAt: Date;
  /** Still waiting for a receipt after its due date. */
  overdue: boolean;
  answeredAt: Date | null;
  /** Who answered (receiptBy); null names no one. */
  answeredBy: string | null;
}

/**
 * A transfer's state in one wording wherever it is shown (the transfer lists and page, the child's page
 * and its PDF): the clock while it waits, then the receipt, the return or the cancelling.
 */
export function transferStateText(t: TransferStateFacts): string {
  const by = t.answeredBy ? ` by ${t.answeredBy}` : '';
  switch (t.status) {
    case 'SENT':
      return t.overdue ? `Overdue: was due ${formatDate(t.dueAt)}` : `Waiting: due ${formatDate(t.dueAt)}`;
    case 'ACCEPTED':
      return `Accepted${by} on ${formatDate(t.answeredAt!)}`;
    case 'RETURNED':
      return `Returned${by} on ${formatDate(t.answeredAt!)}`;
    case 'CANCELLED':
      return `Cancelled on ${formatDate(t.answeredAt!)}`;
  }
}

/**
 * Who answered a transfer: the member of staff of the receiving school, or, for an emailed link, who
 * confirmed the receipt on its page (their name and role as typed). Null when neither is known.
 */
export function receiptBy(
  staffName: string | null | undefined,
  receivedByName: string | null,
  receivedByRole: string | null,
): string | null {
  if (staffName) return staffName;
  return receivedByName ? `${receivedByName} (${receivedByRole ?? 'role not given'})` : null;
}
