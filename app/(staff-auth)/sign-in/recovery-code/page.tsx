import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in';
import { RecoveryCodeForm } from './recovery-code-form';

export const metadata: Metadata = { title: 'Enter a recovery code' };

export default async function RecoveryCodePage() {
  const pending = await readPendingSignIn();
  if (!pending) redirect('/sign-in?expired=1');
  if (!pending.totpEnrolled) redirect('/sign-in/set-up-authenticator');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <RecoveryCodeForm />
        <p className="govuk-body">
          If you have no recovery codes left, ask your service administrator to reset your authenticator.
        </p>
      </div>
    </div>
  );
}
