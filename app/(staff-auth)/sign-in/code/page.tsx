import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in';
import { CodeForm } from './code-form';

export const metadata: Metadata = { title: 'Enter the code from your authenticator app' };

export default async function CodePage() {
  const pending = await readPendingSignIn();
  if (!pending) redirect('/sign-in?expired=1');
  if (!pending.totpEnrolled) redirect('/sign-in/set-up-authenticator');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <CodeForm />
        <p className="govuk-body">
          <Link className="govuk-link" href="/sign-in/recovery-code">
            I cannot use my authenticator app
          </Link>
        </p>
      </div>
    </div>
  );
}
