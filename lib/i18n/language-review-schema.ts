// The form on the languages page (app/admin/branding) recording that a fluent reader checked a catalogue.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { parseDateInput } from '@/lib/format/dates';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const languageReviewSchema = z.strictObject({
  locale: z
    .string({ error: 'Select the language that was reviewed' })
    .refine(
      (code): code is Exclude<Locale, 'en'> => isLocale(code) && code !== DEFAULT_LOCALE,
      'Select the language that was reviewed',
    ),
  reviewerName: freeText()
    .min(1, 'Enter the name of the person who reviewed it')
    .max(100, 'The name must be 100 characters or fewer'),
  reviewedOn: z
    .string()
    .trim()
    .max(20, 'Enter the date as day, month and year, like 3/12/2026')
    .min(1, 'Enter the date of the review')
    .transform((typed, ctx) => {
      const date = parseDateInput(typed);
      if (!date)
        ctx.addIssue({ code: 'custom', message: 'Enter the date as day, month and year, like 3/12/2026' });
      else if (date.getTime() > Date.now())
        ctx.addIssue({ code: 'custom', message: 'The date of the review must be today or in the past' });
      return date ?? z.NEVER;
    }),
});

export type LanguageReviewInput = z.infer<typeof languageReviewSchema>;
