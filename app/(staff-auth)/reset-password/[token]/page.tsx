import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { findResetLink } from '@/lib/auth/password/reset-password';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

// The token is in the path of an emailed single-use link; the site sends no Referer (app/layout.tsx), so
// it never leaks to another site, and it stops working once used.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await findResetLink(token))) redirect('/reset-password/expired');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ResetPasswordForm token={token} />
      </div>
    </div>
  );
}
