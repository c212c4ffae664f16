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

/** Email that could not be delivered within the retry window, for administrators. Never content. */
export async function listDeadEmails(db: Db = getDb()): Promise<DeadEmailRow[]> {
  const rows = await db.outboxEmail.findMany({
    where: { status: 'DEAD' },
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
