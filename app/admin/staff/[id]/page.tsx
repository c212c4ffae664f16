import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { partnershipFor, partnershipIdsWhere } from '@/lib/auth/require-partnership';
import { ROLE_LABELS } from '@/lib/accounts/invitation-schema';
import { getStaffMember } from '@/lib/accounts/manage-account';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { changeAccount } from '../actions';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Account' };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('staff.manage');
  const member = await getStaffMember(
    partnershipFor(user, 'staff.manage'),
    (await params).id,
    partnershipIdsWhere(user, 'staff.manage'),
  );
  if (!member) notFound();
  const self = member.id === user.id;
  // Their sign-in and authenticator are shared with a partnership this administrator does not run.
  const shared = member.alsoElsewhere;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{member.active ? 'Active account' : 'Deactivated account'}</span>
        <h1 className="govuk-heading-l">{member.name}</h1>
        <SummaryList
          rows={[
            { key: 'Email', value: member.email },
            {
              key: 'Roles',
              value: (
                <ul className="govuk-list">
                  {member.memberships.map((m) => (
                    <li key={m.id}>
                      {ROLE_LABELS[m.role].replace(/ at a school$/, '')}
                      {m.school ? ` at ${m.school.name}` : ''}
                    </li>
                  ))}
                </ul>
              ),
            },
            { key: 'Authenticator', value: member.totpEnrolledAt ? 'Set up' : 'Not set up yet' },
          ]}
        />
        {shared ? (
          <>
            <h2 className="govuk-heading-m">Roles in another partnership</h2>
            <p className="govuk-body">
              This person also has roles in a partnership you do not administer. Only an administrator of
              every partnership they work in can reset their authenticator or deactivate their account.
            </p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Lost authenticator</h2>
            <p className="govuk-body">
              Resetting it signs them out everywhere and removes their recovery codes. They set up a new
              authenticator when they next sign in.
            </p>
            <AdminForm
              action={changeAccount}
              fields={[]}
              hidden={{ userId: member.id, change: 'reset-totp' }}
              submitLabel="Reset authenticator"
              secondary
            />
          </>
        )}
        {!self && shared && member.active && (
          <>
            <h2 className="govuk-heading-m">Remove from this partnership</h2>
            <p className="govuk-body">
              Their roles in this partnership end and they are signed out at once. They keep their roles in
              the other partnership.
            </p>
            <AdminForm
              action={changeAccount}
              fields={[]}
              hidden={{ userId: member.id, change: 'deactivate' }}
              submitLabel="Remove from this partnership"
            />
          </>
        )}
        {!self && !shared && (
          <>
            <h2 className="govuk-heading-m">{member.active ? 'Deactivate' : 'Reactivate'}</h2>
            <p className="govuk-body">
              {member.active
                ? 'A deactivated account is signed out at once, cannot sign in and no longer gets email about concerns.'
                : 'They will be able to sign in again and will get email about concerns for their schools again.'}
            </p>
            <AdminForm
              action={changeAccount}
              fields={[]}
              hidden={{ userId: member.id, change: member.active ? 'deactivate' : 'reactivate' }}
              submitLabel={member.active ? 'Deactivate account' : 'Reactivate account'}
              secondary={!member.active}
            />
          </>
        )}
      </div>
    </div>
  );
}
