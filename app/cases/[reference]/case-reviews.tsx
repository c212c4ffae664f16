import type { SessionUser } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/dates';
import { listCaseReviews } from '@/lib/reviews/list-case-reviews';
import { REVIEW_OUTCOME_MAX } from '@/lib/reviews/review-schemas';
import { finishReviewAction } from './actions';
import { CaseActionForm } from './case-action-form';

/**
 * The reviews the parent asked the partnership for (lib/reviews/): for the front door, the parent's reason
 * and the form to finish an open one; for the school's team, a notice that a review was asked for, and
 * what the front door found once it finished. Nothing for anyone else (listCaseReviews).
 */
export async function CaseReviews({
  user,
  record,
}: {
  user: SessionUser;
  record: { id: string; schoolId: string | null; reference: string; version: number };
}) {
  const reviews = await listCaseReviews(user, record);
  if (reviews.length === 0) return null;
  const open = reviews.some((r) => r.open);
  return (
    <section aria-labelledby="reviews-title" id="reviews">
      {open && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="review-banner-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="review-banner-title">
              Review asked for
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              The parent asked the partnership to look again at how this report was handled.
            </p>
            {!reviews.some((r) => r.canFinish) && (
              <p className="govuk-body">The partnership’s front door is looking at it.</p>
            )}
          </div>
        </div>
      )}
      <h2 className="govuk-heading-l" id="reviews-title">
        Reviews the parent asked for
      </h2>
      {reviews.map((review) => (
        <div key={review.id} className="govuk-inset-text">
          <p className="govuk-body">
            Asked for on {formatDate(review.askedAt)}.
            {review.reason !== null && (
              <>
                {' '}
                What the parent is unhappy about:{' '}
                <span className="app-preserve-lines">
                  <bdi>{review.reason}</bdi>
                </span>
              </>
            )}
          </p>
          {!review.open && review.finishedAt && (
            <p className="govuk-body">
              Finished on {formatDate(review.finishedAt)}: {review.outcome}
            </p>
          )}
          {review.canFinish && (
            <CaseActionForm
              id={`finish-review-${review.id}`}
              action={finishReviewAction}
              reference={record.reference}
              version={record.version}
              hidden={{ reviewId: review.id }}
              submit="Finish the review"
              fields={[
                {
                  kind: 'textarea',
                  name: 'outcome',
                  label: 'What you found',
                  hint: 'For staff only. The parent sees only that the partnership looked at it again.',
                  maxLength: REVIEW_OUTCOME_MAX,
                  rows: 4,
                },
              ]}
            />
          )}
        </div>
      ))}
    </section>
  );
}
