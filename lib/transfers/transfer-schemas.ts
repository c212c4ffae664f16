// One strict zod schema per transfer form (lib/transfers/), shared by the actions and their tests. The
// schools, the actor and the time come from the server; the form names the case (and version) or the
// transfer.
import { z } from 'zod';
import { answersOnly, caseForm, optionalText, text } from '@/lib/cases/case-form-schemas';
import { parseDateInput } from '@/lib/format/dates';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A start date further from today than this is a typing mistake (a year out), not a plan. */
const START_WINDOW_DAYS = 366;

/** Sending a case's file to the child's new school: the school from the search, the start date, a note. */
export const startTransferSchema = caseForm({
  to: z.uuid({ error: 'Select the school from the list' }),
  childStartsOn: z
    .string({ error: 'Enter the date the child starts at the new school' })
    .trim()
    .min(1, 'Enter the date the child starts at the new school'),
  note: optionalText(1000, 'The note must be 1,000 characters or fewer'),
}).transform((v, ctx) => {
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
});

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
