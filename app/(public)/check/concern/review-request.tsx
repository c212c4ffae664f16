import { getTranslations } from 'next-intl/server';
import { askForReview } from '@/lib/follow-up/follow-up-actions';
import { formatDate } from '@/lib/format/dates';
import { characterCountWords } from '@/lib/i18n/character-count-words';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { CATALOGUES } from '@/lib/i18n/locales';
import { requestLocale } from '@/lib/i18n/request-locale';
import { REVIEW_REASON_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';

interface Review {
  askedAt: Date;
  finished: boolean;
  finishedAt: Date | null;
}

/**
 * "Not happy with how your report was handled?" (lib/reviews/): the parent asks the partnership to look at
 * their report again. While a review is open they see when they asked; once finished, that it was looked
 * at (never what the front door wrote), and they may ask again.
 */
export async function ReviewRequest({ review }: { review: Review | null }) {
  const [t, words, locale, countWords] = await Promise.all([
    getTranslations('review'),
    getFormWords(),
    requestLocale(),
    characterCountWords(REVIEW_REASON_MAX),
  ]);
  const day = (at: Date) => formatDate(at, CATALOGUES[locale].tag);
  return (
    <section aria-labelledby="review-title" id="review">
      <h2 className="govuk-heading-m" id="review-title">
        {t('heading')}
      </h2>
      {review && (
        <div className="govuk-inset-text" id="review-status">
          <p className="govuk-body">{t('asked', { date: day(review.askedAt) })}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            {review.finished && review.finishedAt
              ? t('finished', { date: day(review.finishedAt) })
              : t('looking')}
          </p>
        </div>
      )}
      {(!review || review.finished) && (
        <>
          <p className="govuk-body">{t('intro')}</p>
          <QuestionForm
            action={askForReview}
            schema="reviewRequest"
            words={words}
            submitLabel={t('send')}
            fields={[
              {
                kind: 'textarea',
                name: 'reason',
                label: t('reason'),
                hint: t('reasonHint'),
                maxLength: REVIEW_REASON_MAX,
                countWords,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
