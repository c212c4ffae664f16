import 'server-only';
import { getDb, type Db } from '@/lib/db';

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

export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
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
