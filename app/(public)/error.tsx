'use client';

import Link from 'next/link';
import { ErrorHelp } from '@/components/error-help';

/**
 * An unexpected error on a public page: the database out of reach, or a form sent with far too much in it.
 * Nothing from that request was saved (each save is one transaction); the answers given before it are kept.
 */
export default function PublicErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, that was not saved</h1>
        <p className="govuk-body">
          Nothing from that page was saved. Please try again in a few minutes. Your earlier answers are still
          kept for a few hours.
        </p>
        <p className="govuk-body">
          This can also happen if a lot of text was pasted in, or something tried to send a file. This service
          does not take pictures, videos or other files. If so, go back, shorten what you wrote, and try
          again.
        </p>
        <ErrorHelp digest={error.digest} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/check">
            Go back to your answers
          </Link>
        </p>
      </div>
    </div>
  );
}
