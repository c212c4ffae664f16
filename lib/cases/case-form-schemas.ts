// One strict zod schema per case form, shared by the server actions and their tests. Every form names the
// case (reference) and the version it was loaded with; the school, the actor and the time come from the
// server, never from the form.
import { z } from 'zod';
import { freeText, hasVisibleText } from '@/lib/actions/text-fields';
import { parseDateInput } from '@/lib/format/dates';

/** React adds its own "$ACTION_…" fields to a form posted without JavaScript; they are not answers. */
function answersOnly(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('$')));
}

const text = (max: number, empty: string, tooLong: string) =>
  freeText({ error: empty }).min(1, empty).max(max, tooLong);

/** Optional free text: an empty answer, or one with nothing visible in it, counts as no answer. */
const optionalText = (max: number, tooLong: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && !hasVisibleText(v) ? undefined : v),
    freeText().max(max, tooLong).optional(),
  );

const caseTarget = {
  reference: z.string().trim().min(1).max(40),
  version: z.coerce.number().int().min(0).max(1_000_000_000),
};

function caseForm<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess(answersOnly, z.strictObject({ ...caseTarget, ...shape }));
}

/** What a step may bring with it when ticked: its matching status, the case assigned to the person. */
export const FOLLOW_ONS = ['status', 'assign'] as const;
export type FollowOn = (typeof FOLLOW_ONS)[number];

/** The "also" checkboxes: absent (nothing ticked), one value, or both. */
const also = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(z.enum(FOLLOW_ONS)).max(FOLLOW_ONS.length).optional(),
);

/** Mark as read: the case and nothing else. */
export const acknowledgeSchema = caseForm({});

export const noteSchema = caseForm({
  also,
  note: text(5000, 'Enter the note', 'The note must be 5,000 characters or fewer'),
});

export const decisionSchema = caseForm({
  also,
  decision: text(2000, 'Enter the decision', 'The decision must be 2,000 characters or fewer'),
  decisionReason: text(
    2000,
    'Enter the reason for the decision',
    'The reason must be 2,000 characters or fewer',
  ),
});

export const actionTakenSchema = caseForm({
  also,
  actionTaken: text(2000, 'Enter what was done', 'What was done must be 2,000 characters or fewer'),
});

export const riskSchema = caseForm({
  also,
  riskLevel: z.enum(['LOW', 'MEDIUM', 'HIGH'], { error: 'Select the level of risk' }),
  rationale: text(
    2000,
    'Enter why you chose this level of risk',
    'The rationale must be 2,000 characters or fewer',
  ),
});

export const assignSchema = caseForm({
  assigneeId: z.uuid({ error: 'Select who to assign the case to' }),
});

export const messageSchema = caseForm({
  also,
  body: text(2000, 'Enter your message', 'The message must be 2,000 characters or fewer'),
});

export const referralSchema = caseForm({
  also,
  destination: z.enum(['CHILDRENS_SOCIAL_CARE', 'POLICE', 'CEOP', 'IWF', 'LADO', 'EARLY_HELP', 'OTHER'], {
    error: 'Select where the concern was referred',
  }),
  destinationOther: optionalText(200, 'The name must be 200 characters or fewer'),
  referredOn: z
    .string({ error: 'Enter the date of the referral' })
    .trim()
    .min(1, 'Enter the date of the referral'),
  theirReference: optionalText(100, 'Their reference must be 100 characters or fewer'),
})
  .refine((v) => v.destination !== 'OTHER' || v.destinationOther, {
    path: ['destinationOther'],
    message: 'Enter who the concern was referred to',
  })
  .transform((v, ctx) => {
    const date = parseDateInput(v.referredOn);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredOn'],
        message: 'Enter the date of the referral as day, month and year, like 27/3/2026',
      });
      return z.NEVER;
    }
    if (date.getTime() > Date.now()) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredOn'],
        message: 'The date of the referral must be today or in the past',
      });
      return z.NEVER;
    }
    return { ...v, referredOn: date };
  });

export const informationSharingSchema = caseForm({
  also,
  shared: z.enum(['SHARED', 'NOT_SHARED'], { error: 'Select whether you shared information' }),
  what: optionalText(2000, 'What you shared must be 2,000 characters or fewer'),
  withWhom: optionalText(200, 'Who you shared it with must be 200 characters or fewer'),
  sharingReason: text(
    2000,
    'Enter why you made this decision',
    'The reason must be 2,000 characters or fewer',
  ),
})
  .refine((v) => v.shared === 'NOT_SHARED' || v.what, {
    path: ['what'],
    message: 'Enter what information you shared',
  })
  .refine((v) => v.shared === 'NOT_SHARED' || v.withWhom, {
    path: ['withWhom'],
    message: 'Enter who you shared it with',
  });

/** The "no message" choice when closing, and what a choice that is not on the list gets. */
export const NO_CLOSING_MESSAGE = 'none';
export const CHOOSE_CLOSING_MESSAGE = 'Choose a message from the list, or no message';

export const statusSchema = caseForm({
  status: z.enum(['UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED'], { error: 'Select the new status' }),
  outcome: optionalText(2000, 'The outcome must be 2,000 characters or fewer'),
  statusReason: optionalText(2000, 'The reason must be 2,000 characters or fewer'),
  /** One of the partnership's closing messages for the reporter (lib/cases/change-case-status.ts), or none. */
  closingMessageId: z.preprocess(
    (v) => (v === '' || v === NO_CLOSING_MESSAGE ? undefined : v),
    z.uuid(CHOOSE_CLOSING_MESSAGE).optional(),
  ),
})
  .refine((v) => v.status !== 'CLOSED' || v.outcome, { path: ['outcome'], message: 'Enter the outcome' })
  .refine((v) => v.status !== 'CLOSED' || v.statusReason, {
    path: ['statusReason'],
    message: 'Enter the reason for closing the case',
  });

/** "Pass to the front-door team" among the school choices of the pass-on form. */
export const TO_FRONT_DOOR = 'front-door';
const CHOOSE_TEAM = 'Select a school or the front-door team';

/**
 * Passing a case on (lib/cases/pass-on-case.ts): to a school from the search (its id, any partnership on
 * the service) or the front-door team, and why (required).
 */
export const passOnSchema = caseForm({
  to: z
    .string({ error: CHOOSE_TEAM })
    .refine((to) => to === TO_FRONT_DOOR || z.uuid().safeParse(to).success, { error: CHOOSE_TEAM }),
  reason: text(500, 'Enter why you are passing it on', 'The reason must be 500 characters or fewer'),
});
