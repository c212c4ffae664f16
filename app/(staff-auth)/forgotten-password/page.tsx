import type { Metadata } from 'next';
import { ForgottenPasswordForm } from './forgotten-password-form';

export const metadata: Metadata = { title: 'Reset your password' };

export default function ForgottenPasswordPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ForgottenPasswordForm />
      </div>
    </div>
  );
}
