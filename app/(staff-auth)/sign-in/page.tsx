import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { listEnabledProviders } from '@/lib/auth/providers/begin-provider-sign-in';
import { getSessionUser } from '@/lib/auth/session';
import { PROVIDER_REFUSALS } from '@/lib/auth/sign-in/messages';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
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
  const { expired, reset, invited, provider } = await searchParams;
  // The work account sign-ins of the partnership this address serves (never one a link names).
  const partnership = await getPublicPartnership();
  const providers = partnership ? await listEnabledProviders(partnership.id) : [];
  const refusal = provider ? PROVIDER_REFUSALS[provider] : undefined;
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
        {refusal && <div className="govuk-inset-text">{refusal}</div>}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">For school safeguarding leads and partnership staff.</p>
        {providers.length > 0 && (
          <>
            <div className="govuk-button-group">
              {providers.map((p) => (
                <a
                  key={p.id}
                  className="govuk-button govuk-button--secondary"
                  href={`/sign-in/provider/${p.id}`}
                  role="button"
                  draggable="false"
                >
                  Sign in with {p.displayName}
                </a>
              ))}
            </div>
            <h2 className="govuk-heading-m">Or sign in with your email address</h2>
          </>
        )}
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
