// The languages form (app/admin/branding): which catalogues the partnership's parents are offered.
// Server only: it asks which catalogues are complete (the page lists only those anyway).
import 'server-only';
import { z } from 'zod';
import { COMPLETE_LOCALES, offeredLocales } from './catalogue-status';
import { isLocale } from './locales';

/** Checkboxes: nothing, one or several. English is always offered; only complete catalogues can be. */
export const languagesSchema = z.strictObject({
  languages: z
    .preprocess(
      (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(10)).max(20),
    )
    .refine(
      (chosen) => chosen.every((code) => isLocale(code) && COMPLETE_LOCALES.includes(code)),
      'Choose only languages whose translation is complete',
    )
    .transform((chosen) => offeredLocales(chosen)),
});

export type LanguagesInput = z.infer<typeof languagesSchema>;
