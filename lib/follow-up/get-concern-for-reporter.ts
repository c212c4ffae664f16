import 'server-only';
import { getDb } from '@/lib/db';
import type { ConcernEventKind } from '@/lib/generated/prisma/enums';
import { ENGLISH, type Say } from '@/lib/i18n/say';
import { reportStages } from './report-stages';
import { statusInPlainWords } from './status-words';
import { REPORTED_ANSWERS, summariseReport } from './summarise-report';

/** Steps by which the team acts on a concern once it has read it. A status change counts unless it closes. */
const STEPS: ConcernEventKind[] = ['DECISION', 'ACTION', 'REFERRAL', 'INFORMATION_SHARING', 'STATUS_CHANGED'];

/** When the team first acted on the concern: the day of its first step, never what the step was. */
async function firstStepAt(concernId: string): Promise<Date | null> {
  const steps = await getDb().concernEvent.findMany({
    where: { concernId, kind: { in: STEPS } },
    orderBy: { id: 'asc' },
    select: { kind: true, at: true, detail: true },
    // A close is only ever followed by a re-opening (NEXT_STATUSES), so one of the first two counts.
    take: 2,
  });
  const first = steps.find(
    (e) => e.kind !== 'STATUS_CHANGED' || (e.detail as { to?: string } | null)?.to !== 'CLOSED',
  );
  return first?.at ?? null;
}

/**
 * What the reporter may see of their concern: its reference, status in plain words, what they reported
 * and added later, and the messages. Never staff names, notes, decisions or referrals. Its own words are in
 * the language of `say` (the page's getTranslations()); what people wrote stays as they wrote it.
 */
export async function getConcernForReporter(concernId: string, say: Say = ENGLISH) {
  const concern = await getDb().concern.findUnique({
    where: { id: concernId },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      firstOpenedAt: true,
      closedAt: true,
      closingMessage: true,
      passedOnCount: true,
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
      // The latest review they asked for: when, and whether it is finished. Never the front door's words.
      reviewRequests: {
        orderBy: { askedAt: 'desc' },
        take: 1,
        select: { askedAt: true, status: true, finishedAt: true },
      },
    },
  });
  if (!concern) return null;
  const actedOnAt = concern.firstOpenedAt ? await firstStepAt(concernId) : null;
  return {
    reference: concern.reference,
    submittedAt: concern.submittedAt,
    status: statusInPlainWords(concern.status, say),
    stages: reportStages({ ...concern, actedOnAt }, say),
    /** The partnership's words the team chose when it closed the concern, while it stays closed. */
    closingMessage: concern.status === 'CLOSED' ? concern.closingMessage : null,
    /** A team passed it on to the team it belongs with: said in plain words, naming nobody. */
    passedOn: concern.passedOnCount > 0,
    report: summariseReport(concern, say),
    /** Each platform of the report, named as the parent saw it, with what they said it did, if anything. */
    platforms: concern.platforms.map((p) => ({
      id: p.platformId,
      name: p.platform.isOther && p.otherName ? p.otherName : p.platform.name,
      response: p.response?.response ?? null,
      answeredAt: p.response?.answeredAt ?? null,
    })),
    added: concern.events.map((e) => ({ id: String(e.id), text: e.summary, at: e.at })),
    review: reviewForReporter(concern.reviewRequests[0]),
    messages: concern.messages.map((m) => ({
      id: m.id,
      from: m.author === 'STAFF' ? say('followUp.fromTeam') : say('followUp.fromYou'),
      body: m.body,
      at: m.createdAt,
    })),
  };
}

function reviewForReporter(
  review: { askedAt: Date; status: 'OPEN' | 'FINISHED'; finishedAt: Date | null } | undefined,
) {
  if (!review) return null;
  return { askedAt: review.askedAt, finished: review.status === 'FINISHED', finishedAt: review.finishedAt };
}
