import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { getDb } from '@/lib/db';
import type { FileTransferStatus } from '@/lib/generated/prisma/enums';

export interface TransferLine {
  id: string;
  reference: string;
  fromSchool: string;
  toSchool: string;
  sentAt: Date;
  sentBy: string;
  status: FileTransferStatus;
  dueAt: Date;
  /** Still waiting for a receipt after its due date. */
  overdue: boolean;
  answeredAt: Date | null;
  answeredBy: string | null;
}

const LINE_SELECT = {
  id: true,
  status: true,
  sentAt: true,
  dueAt: true,
  answeredAt: true,
  concern: { select: { reference: true } },
  fromSchool: { select: { name: true } },
  toSchool: { select: { name: true } },
  sentBy: { select: { name: true } },
  answeredBy: { select: { name: true } },
} as const;

/**
 * A school team's transfers: incoming (sent to its schools, waiting for its answer) and outgoing (sent by
 * its schools, every status, newest first, with the clock). Lines only: never the case itself.
 */
export async function listTransfers(user: SessionUser, now = new Date(), take = 50) {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0) return { incoming: [], outgoing: [] };
  const [incoming, outgoing] = await Promise.all([
    getDb().fileTransfer.findMany({
      where: { toSchoolId: { in: schoolIds }, status: 'SENT' },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      take,
      select: LINE_SELECT,
    }),
    getDb().fileTransfer.findMany({
      where: { fromSchoolId: { in: schoolIds } },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      take,
      select: LINE_SELECT,
    }),
  ]);
  const line = (t: (typeof incoming)[number]): TransferLine => ({
    id: t.id,
    reference: t.concern.reference,
    fromSchool: t.fromSchool.name,
    toSchool: t.toSchool.name,
    sentAt: t.sentAt,
    sentBy: t.sentBy.name,
    status: t.status,
    dueAt: t.dueAt,
    overdue: t.status === 'SENT' && t.dueAt <= now,
    answeredAt: t.answeredAt,
    answeredBy: t.answeredBy?.name ?? null,
  });
  return { incoming: incoming.map(line), outgoing: outgoing.map(line) };
}
