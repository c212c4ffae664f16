import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { isUuid } from '@/lib/actions/text-fields';
import { getDb } from '@/lib/db';
import type { TransferLine } from './list-transfers';

export interface TransferRecord extends TransferLine {
  /** Which side the user is on: the receiving school answers, the sending school may cancel. */
  side: 'to' | 'from';
  childStartsOn: Date;
  note: string | null;
  returnReason: string | null;
}

/**
 * One transfer for a DSL of its sending or receiving school; anyone else: null ("not found"). The record
 * of the transfer only: the case is read on its own page, while the user's school reaches it.
 */
export async function readTransfer(
  user: SessionUser,
  transferId: string,
  now = new Date(),
): Promise<TransferRecord | null> {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0 || !isUuid(transferId)) return null;
  const t = await getDb().fileTransfer.findFirst({
    where: {
      id: transferId.toLowerCase(),
      OR: [{ toSchoolId: { in: schoolIds } }, { fromSchoolId: { in: schoolIds } }],
    },
    include: {
      concern: { select: { reference: true } },
      fromSchool: { select: { name: true } },
      toSchool: { select: { name: true } },
      sentBy: { select: { name: true } },
      answeredBy: { select: { name: true } },
    },
  });
  if (!t) return null;
  return {
    id: t.id,
    side: schoolIds.includes(t.toSchoolId) ? 'to' : 'from',
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
    childStartsOn: t.childStartsOn,
    note: t.note,
    returnReason: t.returnReason,
  };
}
