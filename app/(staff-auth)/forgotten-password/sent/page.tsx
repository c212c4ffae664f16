import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Check your email' };

// The same page whether or not the address has an account, so it cannot be used to find out who does.
export default function ResetLinkSentPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          If that address has a staff account, we have sent it a link to choose a new password. The link works
          once, for 1 hour.
        </p>
        <p className="govuk-body">
          If nothing arrives in a few minutes, check your spam folder or ask your service administrator.
        </p>
      </div>
    </div>
  );
}
