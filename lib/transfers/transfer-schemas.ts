// One strict zod schema per transfer form (lib/transfers/), shared by the actions and their tests. The
// schools, the actor and the time come from the server; the form names the case (and version) or the
// transfer.
import { z } from 'zod';
import { isDeliverableEmail } from '@/lib/actions/text-fields';
import { answersOnly, caseForm, optionalText, text } from '@/lib/cases/case-form-schemas';
import { parseDateInput } from '@/lib/format/dates';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A start date further from today than this is a typing mistake (a year out), not a plan. */
const START_WINDOW_DAYS = 366;

/** What every transfer form asks: the school from the search, the start date, a note, maybe an address. */
const sendFields = {
  to: z.uuid({ error: 'Select the school from the list' }),
  childStartsOn: z
    .string({ error: 'Enter the date the child starts at the new school' })
    .trim()
    .min(1, 'Enter the date the child starts at the new school'),
  note: optionalText(1000, 'The note must be 1,000 characters or fewer'),
  // Only for a school not on the service (lib/transfers/start-transfer.ts says when it is needed).
  recipientEmail: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .toLowerCase()
      .max(254, 'The email address must be 254 characters or fewer')
      .refine(isDeliverableEmail, 'Enter an email address in the correct format, like name@school.org.uk')
      .optional(),
  ),
};

/** The start date as a day, within a year of today. */
function withStartDay<T extends { childStartsOn: string }>(
  v: T,
  ctx: z.RefinementCtx,
): Omit<T, 'childStartsOn'> & { childStartsOn: Date } {
  const day = parseDateInput(v.childStartsOn);
  if (!day) {
    ctx.addIssue({
      code: 'custom',
      path: ['childStartsOn'],
      message: 'Enter the start date as day, month and year, like 7/1/2027',
    });
    return z.NEVER;
  }
  if (Math.abs(day.getTime() - Date.now()) > START_WINDOW_DAYS * DAY_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['childStartsOn'],
      message: 'The start date must be within a year of today',
    });
    return z.NEVER;
  }
  return { ...v, childStartsOn: day };
}

/** Sending a case's file to the child's new school: the school from the search, the start date, a note. */
export const startTransferSchema = caseForm(sendFields).transform(withStartDay);

/**
 * Sending a child's whole file (every case of the record the school holds): the record and the version it
 * was loaded with, then the same answers.
 */
export const startChildFileTransferSchema = z
  .preprocess(
    answersOnly,
    z.strictObject({
      childId: z.uuid({ error: 'Child not found' }),
      version: z.coerce.number().int().min(0).max(1_000_000_000),
      ...sendFields,
    }),
  )
  .transform(withStartDay);

const transferTarget = { transferId: z.uuid({ error: 'Transfer not found' }) };

/** Accepting (the receipt) or cancelling: the transfer and nothing else. */
export const transferOnlySchema = z.preprocess(answersOnly, z.strictObject(transferTarget));

/** Returning it to the sender: why, in the receiving DSL's words (the sender reads it). */
export const returnTransferSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    ...transferTarget,
    returnReason: text(
      1000,
      'Enter why you are returning it',
      'The reason must be 1,000 characters or fewer',
    ),
  }),
);

/** The receiving DSL on an emailed link's page: the passcode the sender gave them by phone. */
export const linkPasscodeSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    token: z.string().max(100),
    passcode: z
      .string({ error: 'Enter the passcode' })
      .trim()
      .min(1, 'Enter the passcode')
      .max(40, 'Enter the passcode as the sending school gave it, like ABCD-EFGH-JKMN'),
  }),
);

/** The receipt on an emailed link's page: who confirms, in their own words. */
export const linkReceiptSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    token: z.string().max(100),
    receiverName: text(200, 'Enter your name', 'Your name must be 200 characters or fewer'),
    receiverRole: text(
      200,
      'Enter your role, like designated safeguarding lead',
      'Your role must be 200 characters or fewer',
    ),
  }),
);

/** What the emailed link's page says (lib/transfers/emailed-link-actions.ts). */
export const LINK_GONE = 'This link does not work. Ask the school that sent it to send the file again.';
export const PASSCODE_WRONG =
  'The passcode is not right. Check it with the school that sent the file, then try again.';
export const PASSCODE_LIMITED = 'Too many passcodes were tried from your network. Try again in 15 minutes.';
