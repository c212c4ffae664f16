import type { Metadata } from 'next';
import Link from 'next/link';
import { PhoneLink } from '@/components/phone-link';

export const metadata: Metadata = { title: 'Please try again later' };

export default function TryLaterPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Please try again later</h1>
        <p className="govuk-body">
          We have had a lot of reports in a short time, so we could not send yours just now. Your answers are
          still saved for a few hours. Please try again in an hour.
        </p>
        <p className="govuk-body">
          If a child is in danger right now, call <PhoneLink number="999" />.
        </p>
        <p className="govuk-body">
          If you are worried about a child and cannot wait, call the NSPCC helpline on{' '}
          <PhoneLink number="0808 800 5000" />.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/check">
            Go back to your answers
          </Link>
        </p>
      </div>
    </div>
  );
}
