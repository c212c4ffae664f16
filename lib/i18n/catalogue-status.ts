import 'server-only';
import { catalogueProblems, type CatalogueProblem } from './catalogue-check';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { CATALOGUE_MESSAGES } from './messages';

/** What is missing or wrong in each language's catalogue file, worked out once when the server starts. */
export const CATALOGUE_PROBLEMS: Readonly<Record<Locale, readonly CatalogueProblem[]>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, catalogueProblems(CATALOGUE_MESSAGES.en, CATALOGUE_MESSAGES[locale])]),
) as Record<Locale, CatalogueProblem[]>;

/** The languages whose catalogue is complete: every message and placeholder English has. */
export const COMPLETE_LOCALES: readonly Locale[] = LOCALES.filter(
  (locale) => CATALOGUE_PROBLEMS[locale].length === 0,
);

/**
 * What a partnership offers: English always, then each complete catalogue it chose, in LOCALES order.
 * `complete` is given only by tests, to show an incomplete catalogue is never offered.
 */
export function offeredLocales(
  chosen: readonly string[] | null | undefined,
  complete: readonly Locale[] = COMPLETE_LOCALES,
): Locale[] {
  const wanted = new Set(chosen ?? []);
  return LOCALES.filter(
    (locale) => locale === DEFAULT_LOCALE || (wanted.has(locale) && complete.includes(locale)),
  );
}
