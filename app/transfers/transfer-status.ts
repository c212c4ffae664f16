import { formatDate } from '@/lib/format/dates';
import type { TransferLine } from '@/lib/transfers/transfer-line';

/** A transfer's state as its lists and page say it: the clock while open, the receipt after. */
export function transferStatusText(t: TransferLine): string {
  switch (t.status) {
    case 'SENT':
      return t.overdue ? `Overdue: was due ${formatDate(t.dueAt)}` : `Waiting: due ${formatDate(t.dueAt)}`;
    case 'ACCEPTED':
      return `Received by ${t.answeredBy ?? 'a former member of staff'} on ${formatDate(t.answeredAt!)}`;
    case 'RETURNED':
      return `Returned by ${t.answeredBy ?? 'a former member of staff'} on ${formatDate(t.answeredAt!)}`;
    case 'CANCELLED':
      return `Cancelled on ${formatDate(t.answeredAt!)}`;
  }
}
