'use server';
// Follow-up without an account. Every action proves itself: the check action with the receipt, the others
// with the signed proof cookie it leaves (never the receipt, never the URL).
import 'server-only';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { parentUnexpectedError } from '@/lib/i18n/parent-say';
import type { FormState } from '@/lib/actions/form-state';
import { beforeDeadline, deadlineIn, isDatabaseTimeout } from '@/lib/db-deadline';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { clientAddress } from '@/lib/security/client-address';
import { refuseFiles } from '@/lib/reporting/refuse-files';
import {
  addInformationSchema,
  FOLLOW_UP_WORDS,
  platformResponsesSchema,
  RECEIPT_CHECK_BUSY,
  RECEIPT_CHECK_LIMITED,
  RECEIPT_CHECK_WRONG,
  receiptCheckSchema,
  reporterMessageSchema,
  REVIEW_ALREADY_OPEN,
  reviewRequestSchema,
} from '@/lib/reporting/schemas';
import { requestReview, type RequestReviewOutcome } from '@/lib/reviews/request-review';
import { addInformation } from './add-information';
import { checkReceipt } from './check-receipt';
import { savePlatformResponses } from './save-platform-responses';
import { replyToTeam } from './reply-to-team';
import { provenConcernId, rememberReporter } from './reporter-cookie';

export const checkConcern = refuseFiles(
  defineAction({
    name: 'followup.check',
    schema: receiptCheckSchema,
    secretFields: ['receipt'],
    authorise: async () => null,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      const result = await checkReceipt({ ...input, address: clientAddress(await headers()) });
      if (result.kind === 'limited') throw new UserFacingError(RECEIPT_CHECK_LIMITED);
      if (result.kind === 'busy') throw new UserFacingError(RECEIPT_CHECK_BUSY);
      if (result.kind === 'wrong') throw new UserFacingError(RECEIPT_CHECK_WRONG, 'reference');
      await rememberReporter(result.concernId);
      redirect('/check/concern');
    },
  }),
);

/** Who is writing, and by when the parent waiting on this press must hear back (lib/db-deadline.ts). */
interface Reporter {
  /** Null when the database did not answer in time to say. */
  concernId: string | null;
  deadline: number;
}

async function requireReporter(): Promise<Reporter> {
  const deadline = deadlineIn();
  try {
    const concernId = await beforeDeadline(deadline, provenConcernId);
    if (!concernId) redirect('/check');
    return { concernId, deadline };
  } catch (error) {
    if (isDatabaseTimeout(error)) return { concernId: null, deadline };
    throw error;
  }
}

/**
 * Stores one write by the reporter's deadline, as "Send report" does. When the database does not answer
 * in time the parent hears `notSent` (their text kept), nothing is stored after that answer (the late-commit
 * guard), and pressing again with the same form stores it once (its send key). Null when it was stored.
 */
async function writeInTime(
  reporter: Reporter,
  notSent: FormState,
  write: (concernId: string, deadline: number) => Promise<void>,
): Promise<FormState | null> {
  const { concernId, deadline } = reporter;
  if (concernId === null) return notSent;
  try {
    await beforeDeadline(deadline, async () => {
      await throttleWrite();
      await write(concernId, deadline);
    });
    return null;
  } catch (error) {
    if (isDatabaseTimeout(error)) return notSent;
    throw error;
  }
}

/** Counts one anonymous write against the caller's address, and refuses it once the allowance is used. */
async function throttleWrite(): Promise<void> {
  const limit = await consumeLimit('followup.write.address', clientAddress(await headers()));
  if (!limit.allowed) throw new UserFacingError(FOLLOW_UP_WORDS.writeLimited);
}

export const sendReporterMessage = refuseFiles(
  defineAction({
    name: 'followup.message',
    schema: reporterMessageSchema,
    authorise: requireReporter,
    unexpectedError: parentUnexpectedError,
    run: async (input, reporter) => {
      const notSent = await writeInTime(
        reporter,
        { formError: FOLLOW_UP_WORDS.messageNotSent, values: input },
        (concernId, deadline) =>
          replyToTeam(concernId, { text: input.message, sendKey: input.sendKey }, deadline),
      );
      if (notSent) return notSent;
      revalidatePath('/check/concern');
      return { ok: true, message: FOLLOW_UP_WORDS.messageSent };
    },
  }),
);

export const addReporterInformation = refuseFiles(
  defineAction({
    name: 'followup.add-information',
    schema: addInformationSchema,
    authorise: requireReporter,
    unexpectedError: parentUnexpectedError,
    run: async (input, reporter) => {
      const notSent = await writeInTime(
        reporter,
        { formError: FOLLOW_UP_WORDS.addedNotSent, values: input },
        (concernId, deadline) =>
          addInformation(concernId, { text: input.information, sendKey: input.sendKey }, deadline),
      );
      if (notSent) return notSent;
      revalidatePath('/check/concern');
      return { ok: true, message: FOLLOW_UP_WORDS.added };
    },
  }),
);

/**
 * "Not happy with how your report was handled?": the concern is the session's own, never one the form
 * names (the schema is strict, so a posted id or reference is refused). One open review at a time.
 */
export const askForReview = refuseFiles(
  defineAction({
    name: 'followup.review',
    schema: reviewRequestSchema,
    authorise: requireReporter,
    unexpectedError: parentUnexpectedError,
    run: async (input, reporter) => {
      const outcome: { is?: RequestReviewOutcome } = {};
      const notSent = await writeInTime(
        reporter,
        { formError: 'Your request was not sent. Try again.', values: input },
        async (concernId, deadline) => {
          outcome.is = await requestReview(concernId, input.reason, deadline);
        },
      );
      if (notSent) return notSent;
      if (outcome.is === 'already-open') return { formError: REVIEW_ALREADY_OPEN, values: input };
      revalidatePath('/check/concern');
      return { ok: true, message: 'Thank you. We have asked the partnership to look at your report again.' };
    },
  }),
);

/** "What happened when you reported it to …?": one radio group per platform of the reporter's concern. */
export const savePlatformResponse = refuseFiles(
  defineAction({
    name: 'followup.platform-response',
    schema: platformResponsesSchema,
    authorise: requireReporter,
    unexpectedError: parentUnexpectedError,
    run: async (input, reporter) => {
      const answers = Object.fromEntries(
        Object.entries(input).map(([field, response]) => [field.slice('response-'.length), response]),
      );
      const notSent = await writeInTime(
        reporter,
        { formError: FOLLOW_UP_WORDS.answerNotSaved, values: input },
        (concernId, deadline) => savePlatformResponses(concernId, answers, deadline),
      );
      if (notSent) return notSent;
      revalidatePath('/check/concern');
      return { ok: true, message: FOLLOW_UP_WORDS.answerSaved };
    },
  }),
);
