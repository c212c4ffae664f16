import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';

/**
 * The front door's open reviews (lib/reviews/list-open-reviews.ts): a school's case whose parent asked the
 * partnership to look again is not in the front door's list otherwise.
 */
export function ReviewList({ reviews }: { reviews: { id: string; reference: string; askedAt: Date }[] }) {
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="reviews-asked-for">
      <h2 className="govuk-heading-m" id="reviews-asked-for">
        Review asked for
      </h2>
      <p className="govuk-body">
        Parents asked the partnership to look again at how these reports were handled.
      </p>
      <ul className="govuk-list govuk-list--spaced" data-testid="reviews-asked-for">
        {reviews.map((review) => (
          <li key={review.id}>
            <Link className="govuk-link" href={`/cases/${encodeURIComponent(review.reference)}`}>
              {review.reference}
            </Link>{' '}
            <strong className="govuk-tag govuk-tag--purple">Review asked for</strong> on{' '}
            {formatDate(review.askedAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
