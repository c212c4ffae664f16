import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'You have finished' };

/**
 * The end of the report journey, once the parent has kept their code, given an email address instead, or
 * chosen to leave without it. It shows nothing of the report: the journey is already forgotten on this
 * device, so anyone may open this page.
 */
export default async function DonePage({ searchParams }: { searchParams: Promise<{ kept?: string }> }) {
  const { kept } = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">You have finished</h1>
        </div>
        {kept === 'email' || kept === 'none' ? <WithoutCode email={kept === 'email'} /> : <WithCode />}
        <h2 className="govuk-heading-m">Leave this website quickly</h2>
        <p className="govuk-body">
          Press the red Exit this page button at the top. It takes you to another website straight away.
        </p>
        <p className="govuk-body">
          If other people use this phone or computer, you can also delete this website from your browser
          history.
        </p>
      </div>
    </div>
  );
}

function WithCode() {
  return (
    <>
      <h2 className="govuk-heading-m">Check on your report later</h2>
      <p className="govuk-body">
        Go to{' '}
        <Link className="govuk-link" href="/check">
          check your report
        </Link>{' '}
        and type your reference and secret code. You can see what is happening, read messages from the team
        and add something you forgot.
      </p>
    </>
  );
}

function WithoutCode({ email }: { email: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-m">What happens now</h2>
      <p className="govuk-body">
        {email
          ? 'We have saved your email address. The safeguarding team can email you if they need to.'
          : 'The safeguarding team still has your report and will read it.'}
      </p>
      <p className="govuk-body">
        Without the secret code you cannot check your report or add to it. If you want to tell us more, you
        can{' '}
        <Link className="govuk-link" href="/">
          make a new report
        </Link>
        .
      </p>
    </>
  );
}
