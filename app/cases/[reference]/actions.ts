'use server';
// The case record's form actions. Each authorises itself (the permission here, the school scope inside
// lib/cases), whatever the page did, because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission, type SessionUser } from '@/lib/auth/session';
import { acknowledgeCase } from '@/lib/cases/acknowledge-case';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import * as schemas from '@/lib/cases/case-form-schemas';
import type { FollowOn } from '@/lib/cases/case-form-schemas';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { messageReporter } from '@/lib/cases/message-reporter';
import { passOnCase } from '@/lib/cases/pass-on-case';
import { rateCaseRisk } from '@/lib/cases/rate-case-risk';
import { recordCaseAction } from '@/lib/cases/record-case-action';
import { recordCaseDecision } from '@/lib/cases/record-case-decision';
import { recordCaseReferral } from '@/lib/cases/record-case-referral';
import { recordInformationSharing } from '@/lib/cases/record-information-sharing';
import { finishReview } from '@/lib/reviews/finish-review';
import { finishReviewSchema } from '@/lib/reviews/review-schemas';
import { answerShareRequest } from '@/lib/share-requests/answer-share-request';
import { shareAnswerSchema } from '@/lib/share-requests/share-request-schemas';

function caseAction<Input extends { reference: string; also?: FollowOn[] }>(
  name: string,
  schema: import('zod').ZodType<Input>,
  verb: (user: SessionUser, input: Input) => Promise<unknown>,
  message: string,
) {
  return defineAction({
    name,
    schema,
    authorise: () => requirePermission('case.update'),
    run: async (input, user) => {
      await verb(user, input);
      revalidatePath(`/cases/${encodeURIComponent(input.reference)}`);
      return { ok: true, message: confirmation(message, input) };
    },
  });
}

/** The confirmation names what was changed alongside the step, so nothing changes unseen. */
function confirmation(message: string, input: { also?: FollowOn[] }): string {
  const also = input.also ?? [];
  return [
    message,
    ...(also.includes('status') ? ['Status changed'] : []),
    ...(also.includes('assign') ? ['Case assigned to you'] : []),
  ].join('. ');
}

export const acknowledgeAction = caseAction(
  'case.acknowledge',
  schemas.acknowledgeSchema,
  acknowledgeCase,
  'Marked as read',
);
export const addNoteAction = caseAction('case.note', schemas.noteSchema, addCaseNote, 'Note added');
export const recordDecisionAction = caseAction(
  'case.decision',
  schemas.decisionSchema,
  recordCaseDecision,
  'Decision recorded',
);
export const recordActionTakenAction = caseAction(
  'case.action',
  schemas.actionTakenSchema,
  recordCaseAction,
  'Action recorded',
);
export const recordReferralAction = caseAction(
  'case.referral',
  schemas.referralSchema,
  recordCaseReferral,
  'Referral recorded',
);
export const recordInformationSharingAction = caseAction(
  'case.information-sharing',
  schemas.informationSharingSchema,
  recordInformationSharing,
  'Information-sharing decision recorded',
);
/** The school's answer to the front door's request to share this case (lib/share-requests/). */
export const answerShareRequestAction = caseAction(
  'case.share-request.answer',
  shareAnswerSchema,
  answerShareRequest,
  'Your answer has been recorded',
);
/** The front door finishes a review a parent asked for (lib/reviews/): its one change through that reach. */
export const finishReviewAction = caseAction(
  'case.review.finish',
  finishReviewSchema,
  finishReview,
  'Review finished',
);
export const rateRiskAction = caseAction(
  'case.risk',
  schemas.riskSchema,
  rateCaseRisk,
  'Risk rating recorded',
);
export const assignCaseAction = caseAction('case.assign', schemas.assignSchema, assignCase, 'Case assigned');
export const changeStatusAction = caseAction(
  'case.status',
  schemas.statusSchema,
  changeCaseStatus,
  'Status changed',
);
export const messageReporterAction = caseAction(
  'case.message',
  schemas.messageSchema,
  messageReporter,
  'Message sent',
);

/** Passing the case on: the sender no longer reaches it, so this ends on the case list and its line there. */
export const passOnAction = defineAction({
  name: 'case.pass-on',
  schema: schemas.passOnSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await requireFreshFactor(user, `/cases/${encodeURIComponent(input.reference)}/pass-on`);
    await passOnCase(user, input);
    revalidatePath('/cases');
    redirect('/cases#passed-on');
  },
});
