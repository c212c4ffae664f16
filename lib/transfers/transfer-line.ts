import 'server-only';
import type { FileTransferKind, FileTransferStatus } from '@/lib/generated/prisma/enums';
import { receiptBy } from '@/lib/format/transfer-state';

/** A transfer as its lists and its page show it: the record of what was sent, never the case. */
export interface TransferLine {
  id: string;
  kind: FileTransferKind;
  /** The case sent, or for a child's whole file its first case. */
  reference: string;
  /** A child's whole file (lib/transfers/start-child-file-transfer.ts): how many cases; null for one case. */
  childFileCases: number | null;
  fromSchool: string;
  toSchool: string;
  /** EMAILED_LINK: the address the link went to. */
  recipientEmail: string | null;
  sentAt: Date;
  sentBy: string;
  status: FileTransferStatus;
  dueAt: Date;
  /** Still waiting for a receipt after its due date. */
  overdue: boolean;
  answeredAt: Date | null;
  /** Who answered: a member of staff of the receiving school, or who confirmed an emailed link's receipt. */
  answeredBy: string | null;
}

/** What a TransferLine is read from; callers may select more beside it. */
export const TRANSFER_LINE_SELECT = {
  id: true,
  kind: true,
  status: true,
  sentAt: true,
  dueAt: true,
  answeredAt: true,
  recipientEmail: true,
  receivedByName: true,
  receivedByRole: true,
  wholeChildFile: true,
  _count: { select: { childFileCases: true } },
  concern: { select: { reference: true } },
  fromSchool: { select: { name: true } },
  toSchool: { select: { name: true } },
  sentBy: { select: { name: true } },
  answeredBy: { select: { name: true } },
} as const;

interface TransferLineRow {
  id: string;
  kind: FileTransferKind;
  status: FileTransferStatus;
  sentAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  recipientEmail: string | null;
  receivedByName: string | null;
  receivedByRole: string | null;
  wholeChildFile: boolean;
  _count: { childFileCases: number };
  concern: { reference: string };
  fromSchool: { name: string };
  toSchool: { name: string };
  sentBy: { name: string };
  answeredBy: { name: string } | null;
}

/** The one mapping from a row (TRANSFER_LINE_SELECT) to a line, for the lists and the transfer's page. */
export function transferLine(t: TransferLineRow, now: Date): TransferLine {
  return {
    id: t.id,
    kind: t.kind,
    reference: t.concern.reference,
    childFileCases: t.wholeChildFile ? 1 + t._count.childFileCases : null,
    fromSchool: t.fromSchool.name,
    toSchool: t.toSchool.name,
    recipientEmail: t.recipientEmail,
    sentAt: t.sentAt,
    sentBy: t.sentBy.name,
    status: t.status,
    dueAt: t.dueAt,
    overdue: t.status === 'SENT' && t.dueAt <= now,
    answeredAt: t.answeredAt,
    answeredBy: receiptBy(t.answeredBy?.name, t.receivedByName, t.receivedByRole),
  };
}
