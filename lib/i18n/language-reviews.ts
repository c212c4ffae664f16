import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { CATALOGUE_PROBLEMS } from './catalogue-status';
import type { LanguageReviewInput } from './language-review-schema';
import { CATALOGUES, DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { partnershipLocales } from './partnership-locales';

/** One language as the languages page shows it to an administrator. */
export interface LanguageStatus {
  locale: Locale;
  name: string;
  englishName: string;
  /** Every message and placeholder English has: only then can it be offered. */
  complete: boolean;
  /** How many messages are missing or wrong (0 when complete). */
  problems: number;
  /** Null: "needs review by a fluent reader". */
  review: { reviewerName: string; reviewedOn: Date } | null;
  offered: boolean;
}

/** Every language but English, with its catalogue's status for the partnership the administrator acts for. */
export async function languageStatuses(partnershipId: string): Promise<LanguageStatus[]> {
  const [offered, reviews] = await Promise.all([
    partnershipLocales(partnershipId),
    getDb().languageReview.findMany({
      where: { partnershipId },
      select: { locale: true, reviewerName: true, reviewedOn: true },
    }),
  ]);
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => {
    const found = reviews.find((r) => r.locale === locale);
    return {
      locale,
      name: CATALOGUES[locale].name,
      englishName: CATALOGUES[locale].englishName,
      complete: CATALOGUE_PROBLEMS[locale].length === 0,
      problems: CATALOGUE_PROBLEMS[locale].length,
      review: found ? { reviewerName: found.reviewerName, reviewedOn: found.reviewedOn } : null,
      offered: offered.includes(locale),
    };
  });
}

/**
 * Records that a fluent reader checked a language's catalogue for the administrator's own partnership
 * (given by the caller from their membership, never from the form), replacing the last review, with an
 * audit entry in the same transaction.
 */
export async function recordLanguageReview(
  actorId: string,
  partnershipId: string,
  input: LanguageReviewInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const data = { reviewerName: input.reviewerName, reviewedOn: input.reviewedOn, recordedById: actorId };
    const saved = await tx.languageReview.upsert({
      where: { partnershipId_locale: { partnershipId, locale: input.locale } },
      create: { partnershipId, locale: input.locale, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'language.review.record',
      subject: 'LanguageReview',
      subjectId: saved.id,
      partnershipId,
      detail: { locale: input.locale, reviewedOn: input.reviewedOn.toISOString().slice(0, 10) },
    });
  });
}
