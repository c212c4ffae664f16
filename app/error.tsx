'use client';

import Link from 'next/link';
import { PhoneLink } from '@/components/phone-link';

/** Shown for an unexpected error. Never the error's message: only a reference staff can look up in logs. */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">
        Anything you were sending was not saved. Please try again in a few minutes.
      </p>
      {error.digest && (
        <p className="govuk-body">If you contact us about this, give this reference: {error.digest}</p>
      )}
      <p className="govuk-body">
        If a child is in danger right now, call <PhoneLink number="999" />.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          Go to the start page
        </Link>
      </p>
    </>
  );
}
