import 'server-only';
import { getDb } from '@/lib/db';
import { decryptRow } from '@/lib/encryption/prisma-extension';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FileTransferStatus } from '@/lib/generated/prisma/enums';
import { receiptBy } from '@/lib/format/transfer-state';

/**
 * The child protection file transfers of a child's cases that the child's school sent or received, as a
 * JSON array column of the child's page's first statement (lib/children/read-child-record.ts): the child
 * record is `r`, in scope there. A transfer between two other schools, earlier in a case's life, is not
 * this school's to see. A file this school sent from this record stays on it after the new school accepts
 * and the case leaves the record (`fromChildRecordId`): the sender keeps the transfer record, not the
 * content. Oldest first.
 */
export const CHILD_TRANSFERS_SQL = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
      'id', t.id, 'concernId', t."concernId", 'reference', c.reference,
      'held', c."childRecordId" IS NOT DISTINCT FROM r.id, 'status', t.status, 'outgoing', t."fromSchoolId" = r."schoolId",
      'fromSchool', fs.name, 'toSchool', ts.name, 'sentAt', t."sentAt", 'sentBy', sb.name, 'dueAt', t."dueAt",
      'answeredAt', t."answeredAt", 'answeredBy', ab.name, 'receivedByName', t."receivedByName",
      'receivedByRole', t."receivedByRole", 'returnReason', t."returnReason")
      ORDER BY t."sentAt", t.id), '[]')
    FROM "FileTransfer" t JOIN "Concern" c ON c.id = t."concernId"
    JOIN "School" fs ON fs.id = t."fromSchoolId" JOIN "School" ts ON ts.id = t."toSchoolId"
    JOIN "StaffUser" sb ON sb.id = t."sentById" LEFT JOIN "StaffUser" ab ON ab.id = t."answeredById"
    WHERE (c."childRecordId" = r.id AND r."schoolId" IN (t."fromSchoolId", t."toSchoolId"))
      OR (t."fromChildRecordId" = r.id AND t."fromSchoolId" = r."schoolId"))`;

/** One transfer as CHILD_TRANSFERS_SQL reads it (dates as JSON strings; the reason and receipt sealed). */
export type ChildTransferRow = {
  id: string;
  concernId: string;
  reference: string;
  held: boolean;
  status: FileTransferStatus;
  outgoing: boolean;
  fromSchool: string;
  toSchool: string;
  sentAt: string;
  sentBy: string;
  dueAt: string;
  answeredAt: string | null;
  answeredBy: string | null;
  receivedByName: string | null;
  receivedByRole: string | null;
  returnReason: string | null;
};

/** One line of the child's "File transfers": which case, to or from which school, and its receipt. */
export interface ChildTransfer {
  id: string;
  reference: string;
  /** The case is still on this record (else it left with the file: a transfer record only, no link). */
  held: boolean;
  /** Sent by the child's school (else received by it). */
  outgoing: boolean;
  /** The school at the other end: where it went, or where it came from. */
  otherSchool: string;
  sentAt: Date;
  sentBy: string;
  dueAt: Date;
  status: FileTransferStatus;
  /** Still waiting for a receipt after its due date. */
  overdue: boolean;
  answeredAt: Date | null;
  answeredBy: string | null;
  /** Why the receiving school returned it, decrypted (it may name the child). */
  returnReason: string | null;
}

/** The rows as the page shows them, each naming its case; a return reason or a receipt is decrypted. */
export function childTransfers(rows: ChildTransferRow[], now = new Date()): Promise<ChildTransfer[]> {
  return Promise.all(
    rows.map(async (row) => {
      const sealed = row.returnReason || row.receivedByName || row.receivedByRole;
      const { returnReason, receivedByName, receivedByRole } = sealed
        ? await decryptRow(getDb(), 'FileTransfer', row)
        : row;
      const dueAt = new Date(row.dueAt);
      return {
        id: row.id,
        reference: row.reference,
        held: row.held,
        outgoing: row.outgoing,
        otherSchool: row.outgoing ? row.toSchool : row.fromSchool,
        sentAt: new Date(row.sentAt),
        sentBy: row.sentBy,
        dueAt,
        status: row.status,
        overdue: row.status === 'SENT' && dueAt <= now,
        answeredAt: row.answeredAt === null ? null : new Date(row.answeredAt),
        answeredBy: receiptBy(row.answeredBy, receivedByName, receivedByRole),
        returnReason,
      };
    }),
  );
}
