import 'server-only';
import { accountIdentifierRows } from '@/lib/account-identifiers/account-identifier-rows';
import { detectAccountPatterns } from '@/lib/account-identifiers/detect-account-patterns';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { newReceiptCode, newReference } from '@/lib/concerns/codes';
import { hashReceipt } from '@/lib/concerns/receipt-hash';
import { getDb, type Tx } from '@/lib/db';
import { sealingFor } from '@/lib/encryption/seal-owner';
import { beforeDeadline, deadlineIn, transactionBefore } from '@/lib/db-deadline';
import type { Prisma } from '@/lib/generated/prisma/client';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { queueConcernNotifications } from '@/lib/routing/queue-concern-notifications';
import { routedEvent } from '@/lib/routing/route-new-concern';
import type { Answers } from './answers';
import { checkAnswerIds } from './check-answer-ids';
import { concernFromAnswers } from './concern-from-answers';
import { firstUnanswered, JOURNEY_START } from './journey';
import { nextStepsFor } from './next-steps';
import { draftKey, readDraft, sentDraftToken } from './report-draft';
import { sealReceipt } from './seal-receipt';
import { urgencyReasons, type UrgencyAnswers } from './urgency-rules';

/** `token` is the journey's token from now on: the browser's cookie must hold it to see the confirmation. */
export type SubmitOutcome =
  | { kind: 'sent'; reference: string; receipt: string; token: string }
  | { kind: 'already-sent'; reference: string; token: string }
  | { kind: 'sent-elsewhere' }
  | { kind: 'dropped' }
  | { kind: 'limited' }
  | { kind: 'incomplete'; path: string };

/** After sending, the draft keeps only what the confirmation page needs, for this long. */
const CONFIRMATION_MINUTES = 60;

/**
 * Sends a journey's answers as one Concern, in one transaction with its platforms, harms, chronology
 * and routing. A second submit of the same journey (double click, resubmit) finds the first and makes
 * nothing. A filled honeypot pretends to succeed and stores nothing.
 *
 * Sending moves the journey to a new token (`sentDraftToken`) and seals the receipt with it, so whoever
 * else knew the old token (one planted in the parent's browser) cannot open the confirmation. Only a
 * request that read the journey unsent under the old token, the other half of a double submit, is
 * handed the new one; a later one with the old token hears only that it was sent ('sent-elsewhere').
 *
 * A parent is waiting: it answers by `deadline` or throws DatabaseTimeout, and the report is then either
 * committed before the deadline or never (lib/db-deadline.ts).
 */
export async function submitConcern(input: SubmitInput, deadline = deadlineIn()): Promise<SubmitOutcome> {
  return beforeDeadline(deadline, () => submit(input, deadline));
}

interface SubmitInput {
  token: string;
  /** The partnership whose site the parent used (getPublicPartnership), never one the form names. */
  partnershipId: string;
  honeypot: string;
  address: string;
  /** The language the parent wrote in (lib/i18n/request-locale.ts: one the site offers); English if not said. */
  language?: Locale;
}

async function submit(input: SubmitInput, deadline: number): Promise<SubmitOutcome> {
  const answers = await readDraft(input.token);
  if (input.honeypot) return { kind: 'dropped' };
  if (answers?.sentElsewhere) return { kind: 'sent-elsewhere' };
  if (answers?.sent) return { kind: 'already-sent', reference: answers.sent.reference, token: input.token };
  const missing = answers ? firstUnanswered(answers) : JOURNEY_START;
  if (!answers || missing) return { kind: 'incomplete', path: missing ?? JOURNEY_START };
  if (!(await consumeLimit('report.submit.address', input.address)).allowed) return { kind: 'limited' };
  if (!(await consumeLimit('report.submit.all', 'all')).allowed) return { kind: 'limited' };

  const receipt = newReceiptCode();
  const receiptHash = await hashReceipt(receipt);
  for (let attempt = 0; ; attempt += 1) {
    try {
      const reference = await transactionBefore(deadline, (tx) =>
        storeConcern(tx, { ...input, answers, receipt, receiptHash }),
      );
      return { kind: 'sent', reference, receipt, token: sentDraftToken(input.token) };
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error;
      // Either this journey was sent by a parallel request, or the random reference clashed: retry.
      const earlier = await getDb().concern.findUnique({
        where: { submissionKey: answers.submissionKey },
        select: { reference: true },
      });
      if (earlier)
        return { kind: 'already-sent', reference: earlier.reference, token: sentDraftToken(input.token) };
      if (attempt >= 4) throw error;
    }
  }
}

async function storeConcern(
  tx: Tx,
  input: {
    token: string;
    partnershipId: string;
    language?: Locale;
    answers: Answers;
    receipt: string;
    receiptHash: string;
  },
): Promise<string> {
  const { answers } = input;
  // Checked against the site's lists: the questions the parent answered were the site's.
  const ids = await checkAnswerIds(tx, input.partnershipId, answers);
  // The concern belongs to the partnership that safeguards the school, which may not be the site's: a child
  // may live in one area and go to school in the next. With no school on the deployment, the site's own.
  // Routed before it is stored, so the concern is written once with its route and both first entries.
  const { routing } = ids;
  const partnershipId = routing.partnershipId;
  const reasons = decideUrgency(answers, ids.harmSlugs);
  const fields = concernFromAnswers(answers);
  const reference = newReference();
  const accounts = accountIdentifierRows(
    await getDb().$encryptionKeys(),
    partnershipId,
    answers.accounts,
    ids.platformSlugById,
  );
  const concern = await tx.concern.create({
    data: {
      ...fields,
      harmOther: ids.otherHarmChosen ? answers.harmOther || null : null,
      urgent: reasons.length > 0,
      urgencyReasons: reasons,
      reference,
      receiptHash: input.receiptHash,
      partnershipId,
      // Recorded only when it differs, so the site's trends read just these concerns (schema.prisma).
      reportedViaPartnershipId: partnershipId === input.partnershipId ? null : input.partnershipId,
      route: routing.route,
      submissionKey: answers.submissionKey,
      language: input.language ?? DEFAULT_LOCALE,
    },
    select: {
      id: true,
      schoolId: true,
      urgent: true,
      reporterEmail: true,
      reporterAnonymous: true,
      language: true,
    },
  });
  // Its rows one insert per table, not nested in the create: Prisma reads a nested create back, a
  // statement more on every report. Sealed with the partnership's keys, named so none is looked up.
  const concernId = concern.id;
  await sealingFor(partnershipId, () =>
    tx.concernPlatform.createMany({
      data: ids.platformIds.map((platformId) => ({
        concernId,
        platformId,
        otherName: platformId === ids.otherPlatformId ? answers.platformOther || null : null,
      })),
    }),
  );
  await tx.concernHarm.createMany({
    data: ids.harmIds.map((harmCategoryId) => ({ concernId, harmCategoryId })),
  });
  if (accounts.length > 0)
    await tx.concernAccountIdentifier.createMany({ data: accounts.map((row) => ({ ...row, concernId })) });
  await sealingFor(partnershipId, () =>
    tx.concernEvent.createMany({
      data: [
        { concernId, kind: 'SUBMITTED', summary: 'Sent by the reporter.' },
        { concernId, ...routedEvent(fields.schoolId ?? null, routing) },
      ],
    }),
  );
  await queueConcernNotifications(tx, { ...concern, reference, partnershipId }, routing);
  await detectAccountPatterns(tx, partnershipId, accounts);
  const token = sentDraftToken(input.token);
  const sent: Answers = {
    submissionKey: answers.submissionKey,
    sent: {
      reference,
      sealedReceipt: sealReceipt(token, input.receipt),
      urgent: concern.urgent,
      anonymous: concern.reporterAnonymous,
      nextSteps: nextStepsFor({ harms: ids.harmSlugs, platformSlugs: ids.platformSlugs }),
    },
  };
  // The row moves to the new token with its new answers in one statement; the answers are sealed to the
  // new key (lib/encryption/encrypt-write.ts). Gone meanwhile (a parallel send took it): nothing is stored.
  const { count } = await tx.reportDraft.updateMany({
    where: { tokenHash: draftKey(input.token) },
    data: {
      tokenHash: draftKey(token),
      answers: sent as Prisma.InputJsonValue,
      expiresAt: new Date(Date.now() + CONFIRMATION_MINUTES * 60_000),
    },
  });
  if (count !== 1) throw new Error('The journey was no longer there to mark as sent.');
  return reference;
}

/** The urgency rules these answers match, with the harm categories as this transaction read them. */
function decideUrgency(answers: Answers, harmSlugs: string[]): string[] {
  return urgencyReasons({
    dangerNow: answers.urgent === true,
    harmSlugs,
    stillHappening: answers.stillHappening as UrgencyAnswers['stillHappening'],
    personWasAdult: answers.personWasAdult as UrgencyAnswers['personWasAdult'],
  });
}
