import Link from 'next/link';
import type { ReactNode } from 'react';

/** The page for an emailed link that is unknown, used or out of date. It does not say which. */
export function LinkExpired({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
        <p className="govuk-body">
          <Link className="govuk-link" href="/sign-in">
            Go to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
