import type { Metadata } from 'next';
import Link from 'next/link';
import { safeReturnPath } from '@/lib/auth/require-fresh-factor';
import { requireUser } from '@/lib/auth/session';
import { hasAuthenticator } from '@/lib/auth/sign-in/prove-factor-again';
import { ConfirmForm } from './confirm-form';

export const metadata: Metadata = { title: 'Confirm it is you' };

/** Step-up: downloads, passing a case on and legal holds ask for a fresh code (lib/auth/require-fresh-factor.ts). */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await requireUser();
  const next = safeReturnPath((await searchParams).next);
  if (!(await hasAuthenticator(user)))
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Sign in again to do this</h1>
          <p className="govuk-body">
            To download or move records, you need to have signed in within the last 15 minutes. Sign out, then
            sign in again with your work account.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href="/sign-out">
              Sign out
            </Link>
          </p>
        </div>
      </div>
    );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmForm next={next} />
        <p className="govuk-body">
          <Link className="govuk-link" href={next}>
            Go back
          </Link>
        </p>
      </div>
    </div>
  );
}
