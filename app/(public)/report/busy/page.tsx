import type { Metadata } from 'next';
import Link from 'next/link';
import { PhoneLink } from '@/components/phone-link';

export const metadata: Metadata = { title: 'Sorry, the service is busy' };

/** Where a new journey is sent when its address has started too many, or too many are kept at once. */
export default function BusyPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, the service is busy</h1>
        <p className="govuk-body">
          We could not start a new report just now. Please try again in a few minutes. Nothing you have
          already sent or saved has been lost.
        </p>
        <p className="govuk-body">
          If a child is in danger right now, call <PhoneLink number="999" />.
        </p>
        <p className="govuk-body">
          If you are worried about a child and cannot wait, call the NSPCC helpline on{' '}
          <PhoneLink number="0808 800 5000" />.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/danger">
            Try again
          </Link>
        </p>
      </div>
    </div>
  );
}
