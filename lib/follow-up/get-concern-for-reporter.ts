import 'server-only';
import { getDb } from '@/lib/db';
import { statusInPlainWords } from './status-words';

/**
 * What the reporter may see of their concern: its reference, status in plain words and the messages.
 * Never staff names, notes, decisions or referrals.
 */
export async function getConcernForReporter(concernId: string) {
  const concern = await getDb().concern.findUnique({
    where: { id: concernId },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      messages: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, author: true, body: true, createdAt: true },
      },
    },
  });
  if (!concern) return null;
  return {
    reference: concern.reference,
    submittedAt: concern.submittedAt,
    status: statusInPlainWords(concern.status),
    messages: concern.messages.map((m) => ({
      id: m.id,
      from: m.author === 'STAFF' ? 'The safeguarding team' : 'You',
      body: m.body,
      at: m.createdAt,
    })),
  };
}
