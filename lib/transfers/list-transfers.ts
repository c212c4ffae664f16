import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { getDb } from '@/lib/db';
import { TRANSFER_LINE_SELECT, transferLine } from './transfer-line';

/**
 * A school team's transfers: incoming (sent to its schools, waiting for its answer) and outgoing (sent by
 * its schools, every status, newest first, with the clock). Lines only: never the case itself. A child's
 * whole file is one line, its lead's (lib/transfers/start-child-file-transfer.ts).
 */
export async function listTransfers(user: SessionUser, now = new Date(), take = 50) {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0) return { incoming: [], outgoing: [] };
  const [incoming, outgoing] = await Promise.all([
    getDb().fileTransfer.findMany({
      where: { toSchoolId: { in: schoolIds }, status: 'SENT', childFileLeadId: null },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      take,
      select: TRANSFER_LINE_SELECT,
    }),
    getDb().fileTransfer.findMany({
      where: { fromSchoolId: { in: schoolIds }, childFileLeadId: null },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      take,
      select: TRANSFER_LINE_SELECT,
    }),
  ]);
  const line = (t: (typeof incoming)[number]) => transferLine(t, now);
  return { incoming: incoming.map(line), outgoing: outgoing.map(line) };
}
