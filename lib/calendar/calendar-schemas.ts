// The forms for term dates (a partnership's administrators) and bank holidays (the service operator),
// shared by the pages and the server actions. Dates are typed as day, month and year.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { parseDateInput } from '@/lib/format/dates';

/** The years the calendar accepts: enough for any school year anyone plans. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
/** A term, or half of one, is never longer than this; a longer one is a typing mistake. */
export const MAX_TERM_DAYS = 120;
/** Terms a partnership keeps; six a year for many years. */
export const MAX_TERMS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date typed as day, month and year → its ISO day ("2026-09-03"). */
const day = (empty: string, wrong: string) =>
  z
    .string()
    .trim()
    .max(20, wrong)
    .min(1, empty)
    .transform((v, ctx) => {
      const date = parseDateInput(v);
      const year = date?.getUTCFullYear() ?? 0;
      if (date && year >= FIRST_YEAR && year <= LAST_YEAR) return date.toISOString().slice(0, 10);
      ctx.addIssue({ code: 'custom', message: wrong });
      return z.NEVER;
    });

const name = (empty: string) => freeText().min(1, empty).max(100, 'The name must be 100 characters or fewer');

export const termDateSchema = z
  .strictObject({
    name: name('Enter a name for the term, like Autumn 1'),
    startsOn: day(
      'Enter the first day of the term',
      'Enter the first day as day, month and year, like 3/9/2026',
    ),
    endsOn: day(
      'Enter the last day of the term',
      'Enter the last day as day, month and year, like 23/10/2026',
    ),
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'The last day must be the same as or after the first day',
  })
  .refine((v) => Date.parse(v.endsOn) - Date.parse(v.startsOn) < MAX_TERM_DAYS * DAY_MS, {
    path: ['endsOn'],
    message: `A term must be ${MAX_TERM_DAYS} days or shorter: enter each half term on its own`,
  });

export type TermDateInput = z.infer<typeof termDateSchema>;

export const removeTermDateSchema = z.strictObject({ id: z.uuid({ error: 'Choose a term to remove' }) });

export const bankHolidaySchema = z
  .strictObject({
    name: name('Enter the name of the bank holiday, like Christmas Day'),
    date: day('Enter the date of the bank holiday', 'Enter the date as day, month and year, like 25/12/2029'),
  })
  .refine((v) => ![0, 6].includes(new Date(`${v.date}T00:00:00Z`).getUTCDay()), {
    path: ['date'],
    message: 'That day is a Saturday or Sunday: enter the weekday the holiday moves to',
  });

export type BankHolidayInput = z.infer<typeof bankHolidaySchema>;

export const removeBankHolidaySchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a bank holiday to remove'),
});
