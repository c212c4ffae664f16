import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getPasswordSignIn } from '@/lib/auth/providers/password-sign-in-setting';
import { listSignInProviders } from '@/lib/auth/providers/sign-in-providers';
import { AdminForm } from '../_components/admin-form';
import { changePasswordSignIn } from './actions';

export const metadata: Metadata = { title: 'Work account sign-in' };

const KIND_NAMES = { ENTRA: 'Microsoft 365', GOOGLE: 'Google Workspace', OIDC: 'OpenID Connect' } as const;

export default async function SignInProvidersPage() {
  const { partnershipId } = await requirePartnership('staff.manage');
  const providers = await listSignInProviders(partnershipId);
  const passwordSignIn = await getPasswordSignIn(partnershipId);
  return (
    <>
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
