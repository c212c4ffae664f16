import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { mainPage } from '@/lib/auth/staff-destinations';
import { SignInForm } from './sign-in-form';
import { NotificationBanner } from '@/components/govuk/notification-banner';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  // Already signed in: straight to the person's main page, as signing in would.
  const user = await getSessionUser();
  if (user) redirect(mainPage(user));
  const { expired, reset, invited } = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {reset === '1' && (
          <NotificationBanner success heading="Your password has been changed. Sign in with it now." />
        )}
        {invited === '1' && (
          <div className="govuk-inset-text">
            Your new role has been added to your account. Sign in to use it.
          </div>
        )}
        {expired === '1' && (
          <div className="govuk-inset-text">That took too long, so you need to start signing in again.</div>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">For school safeguarding leads and partnership staff.</p>
        <SignInForm />
        <p className="govuk-body">
          <Link className="govuk-link" href="/forgotten-password">
            I have forgotten my password
          </Link>
        </p>
      </div>
    </div>
  );
}
