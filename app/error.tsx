'use client';

import Link from 'next/link';
import { ErrorHelp } from '@/components/error-help';
import { SiteHeader } from '@/components/site-header';
import { SERVICE_NAME } from '@/lib/service';

/**
 * Shown for an unexpected error. Never the error's message: only a reference staff can look up in logs.
 * It replaces the area's layout, so it draws its own header and main (without the partnership's name, which
 * this client-side page cannot read).
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <SiteHeader serviceName={SERVICE_NAME} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
          <p className="govuk-body">
            Anything you were sending was not saved. Please try again in a few minutes.
          </p>
          <ErrorHelp digest={error.digest} />
          <p className="govuk-body">
            <Link className="govuk-link" href="/">
              Go to the start page
            </Link>
          </p>
        </main>
      </div>
    </>
  );
}
