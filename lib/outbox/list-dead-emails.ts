import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { maskAddress } from './mask-address';

export interface DeadEmailRow {
  id: string;
  kind: string;
  /** The first letter and the domain only: enough to spot a mistyped domain, not to identify a parent. */
  recipient: string;
  attempts: number;
  lastError: string | null;
  queuedAt: Date;
  gaveUpAt: Date;
}

/**
 * One partnership's email that could not be delivered within the retry window, for its administrators.
 * Never content, and never another partnership's (nor service mail, which is the operator's to see).
 */
export async function listDeadEmails(partnershipId: string, db: Db = getDb()): Promise<DeadEmailRow[]> {
  const rows = await db.outboxEmail.findMany({
    where: { status: 'DEAD', partnershipId },
    select: {
      id: true,
      kind: true,
      toAddress: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      nextAttemptAt: true,
    },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    recipient: maskAddress(r.toAddress),
    attempts: r.attempts,
    lastError: r.lastError,
    queuedAt: r.createdAt,
    gaveUpAt: r.nextAttemptAt,
  }));
}
