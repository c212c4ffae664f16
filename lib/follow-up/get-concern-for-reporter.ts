import 'server-only';
import { getDb } from '@/lib/db';
import { statusInPlainWords } from './status-words';
import { REPORTED_ANSWERS, summariseReport } from './summarise-report';

/**
 * What the reporter may see of their concern: its reference, status in plain words, what they reported
 * and added later, and the messages. Never staff names, notes, decisions or referrals.
 */
export async function getConcernForReporter(concernId: string) {
  const concern = await getDb().concern.findUnique({
    where: { id: concernId },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      ...REPORTED_ANSWERS,
      // Only the reporter's own additions: the chronology also holds everything staff wrote.
      events: {
        where: { kind: 'REPORTER_ADDED_INFORMATION' },
        orderBy: { id: 'asc' },
        select: { id: true, summary: true, at: true },
      },
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
    report: summariseReport(concern),
    added: concern.events.map((e) => ({ id: String(e.id), text: e.summary, at: e.at })),
    messages: concern.messages.map((m) => ({
      id: m.id,
      from: m.author === 'STAFF' ? 'The safeguarding team' : 'You',
      body: m.body,
      at: m.createdAt,
    })),
  };
}
