// One schema for the warning form, shared by the page and the server action.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { parseDateInput } from '@/lib/format/dates';
import { LOCALES } from '@/lib/i18n/locales';

/** Empty, or a date typed as day, month and year, kept as YYYY-MM-DD (which also orders as text). */
const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .max(20)
    .transform((v, ctx) => {
      if (v === '') return v;
      const date = parseDateInput(v);
      if (date) return date.toISOString().slice(0, 10);
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    });

// Only printable text, line breaks and tabs: no control characters that could confuse a letter or a PDF.
const plainText = (empty: string, max: number, long: string) =>
  freeText()
    .min(1, empty)
    .max(max, long)
    .refine(
      (v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v),
      'Remove the unusual characters',
    );

export const warningSchema = z
  .strictObject({
    title: plainText('Enter a title for the warning', 120, 'The title must be 120 characters or fewer'),
    platform: z.string().max(60).default(''),
    whatToKnow: plainText(
      'Enter what parents should know',
      3000,
      'What parents should know must be 3,000 characters or fewer',
    ),
    whatToDo: plainText(
      'Enter what parents should do',
      3000,
      'What parents should do must be 3,000 characters or fewer',
    ),
    // One the partnership offers: insertWarning checks it against the editor's partnership.
    language: z.enum(LOCALES, { error: 'Choose the language the warning is written in' }).default('en'),
    publishFrom: optionalDate(
      'Enter a real date to publish from as day, month and year, like 1/12/2026',
    ).default(''),
    publishUntil: optionalDate(
      'Enter a real date to publish until as day, month and year, like 31/1/2027',
    ).default(''),
  })
  .refine((v) => !v.publishUntil || !v.publishFrom || v.publishUntil > v.publishFrom, {
    path: ['publishUntil'],
    message: 'The date to publish until must be after the date to publish from',
  })
  .refine((v) => !v.publishUntil || v.publishFrom, {
    path: ['publishFrom'],
    message: 'Enter a date to publish from, or leave both dates empty to save a draft',
  });

export type WarningInput = z.infer<typeof warningSchema>;

export const warningIdSchema = z.strictObject({
  warningId: z.uuid({ error: 'Choose a warning' }),
  change: z.enum(['publish', 'withdraw']),
});
