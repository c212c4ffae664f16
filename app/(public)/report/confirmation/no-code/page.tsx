import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getConfirmation } from '@/lib/reporting/get-confirmation';
import { giveEmailInstead, leaveWithoutCode } from '@/lib/reporting/keep-code-actions';
import { EmailInsteadForm } from './email-instead-form';
import { LeaveForm } from './leave-form';

export const metadata: Metadata = { title: 'If you cannot keep the secret code' };

/** Only the journey's own cookie opens this page: without a sent report in it, back to the confirmation. */
export default async function NoCodePage() {
  const sent = await getConfirmation();
  if (!sent) redirect('/report/confirmation');
  const whatItMeans = (
    <>
      <h1 className="govuk-heading-l">If you cannot keep the secret code</h1>
      <p className="govuk-body">Your report is sent. The safeguarding team still has it and will read it.</p>
      <p className="govuk-body">Without the secret code:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>you cannot check what is happening with your report</li>
        <li>you cannot read messages from the team</li>
        <li>you cannot add something you forgot to this report</li>
      </ul>
      <p className="govuk-body">If you want to tell us more later, you can make a new report.</p>
    </>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sent.anonymous ? (
          whatItMeans
        ) : (
          <EmailInsteadForm action={giveEmailInstead}>{whatItMeans}</EmailInsteadForm>
        )}
        <h2 className="govuk-heading-m">
          {sent.anonymous ? 'Leave without the code' : 'Or leave without the code'}
        </h2>
        <LeaveForm action={leaveWithoutCode} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/confirmation">
            Go back to your secret code
          </Link>
        </p>
      </div>
    </div>
  );
}
