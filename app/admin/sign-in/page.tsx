import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Table } from '@/components/govuk/table';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getPasswordSignIn } from '@/lib/auth/providers/password-sign-in-setting';
import {
  providerRecheckWarnings,
  type ProviderRecheckWarning,
} from '@/lib/auth/providers/provider-recheck-health';
import { listSignInProviders } from '@/lib/auth/providers/sign-in-providers';
import { formatDateTime } from '@/lib/format/dates';
import { AdminForm } from '../_components/admin-form';
import { changePasswordSignIn } from './actions';

export const metadata: Metadata = { title: 'Work account sign-in' };

const KIND_NAMES = { ENTRA: 'Microsoft 365', GOOGLE: 'Google Workspace', OIDC: 'OpenID Connect' } as const;

export default async function SignInProvidersPage() {
  const { partnershipId } = await requirePartnership('staff.manage');
  const providers = await listSignInProviders(partnershipId);
  const passwordSignIn = await getPasswordSignIn(partnershipId);
  const warnings = await providerRecheckWarnings(partnershipId);
  return (
    <>
      {warnings.map((w) => (
        <RecheckWarning key={w.id} warning={w} />
      ))}
      <h1 className="govuk-heading-l">Work account sign-in</h1>
      <p className="govuk-body">
        Staff you have invited can sign in with the work account they already use, such as Microsoft 365 or
        Google. People without one still sign in with a password and the code from their authenticator app.
      </p>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/sign-in/new">
          Add a sign-in
        </Link>
      </p>
      {providers.length === 0 ? (
        <p className="govuk-body">Staff sign in with a password only.</p>
      ) : (
        <Table
          head={['Button', 'Service', 'Email domains', 'Status']}
          rows={providers.map((p) => ({
            key: p.id,
            cells: [
              <Link key="name" className="govuk-link" href={`/admin/sign-in/${p.id}`}>
                Sign in with {p.displayName}
              </Link>,
              KIND_NAMES[p.kind],
              p.allowedDomains.join(', ') || 'Any invited member of staff',
              p.enabled ? 'On' : 'Off',
            ],
          }))}
        />
      )}
      <h2 className="govuk-heading-m">Passwords</h2>
      <AdminForm
        action={changePasswordSignIn}
        submitLabel="Save"
        fields={[
          {
            kind: 'radios',
            name: 'passwordSignIn',
            label: 'May staff with a work account also sign in with a password?',
            hint: 'If you choose no, staff who have signed in with their work account here must always use it. Staff without one still use a password.',
            defaultValue: passwordSignIn ? 'yes' : 'no',
            choices: [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No, only their work account' },
            ],
          },
        ]}
      />
    </>
  );
}

/** A provider whose re-checks keep failing: why, since when, and which sessions will end, and when. */
function RecheckWarning({ warning: w }: { warning: ProviderRecheckWarning }) {
  return (
    <NotificationBanner
      titleId={`recheck-${w.id}`}
      heading={`We cannot check staff’s work accounts with Sign in with ${w.displayName}`}
    >
      <p className="govuk-body">
        {w.failure === 'refused-us'
          ? 'The service refused our connection. Its client secret may have expired: save a new one.'
          : 'We could not reach the service.'}{' '}
        This has happened every time since {formatDateTime(w.failingSince)}.
      </p>
      <p className="govuk-body">
        {w.lastGoodAnswer
          ? `Its last good answer was at ${formatDateTime(w.lastGoodAnswer)}.`
          : 'It has never answered a check.'}{' '}
        {w.sessions === 0 || !w.firstEnds || !w.lastEnds
          ? 'Nobody is signed in through it now.'
          : `${w.sessions} staff session${w.sessions === 1 ? '' : 's'} signed in through it will end ` +
            (w.sessions === 1
              ? `at ${formatDateTime(w.firstEnds)}`
              : `between ${formatDateTime(w.firstEnds)} and ${formatDateTime(w.lastEnds)}`) +
            ' unless the checks work again.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-notification-banner__link" href={`/admin/sign-in/${w.id}`}>
          Change the settings for Sign in with {w.displayName}
        </Link>
      </p>
    </NotificationBanner>
  );
}
