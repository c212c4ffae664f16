import Link from 'next/link';
import type { ReactNode } from 'react';

/** A question page: a back link and one column at two-thirds width (full width on a phone). */
export function QuestionPage({ back, children }: { back?: string; children: ReactNode }) {
  return (
    <>
      {back && (
        <Link href={back} className="govuk-back-link">
          Back
        </Link>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  );
}
