import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { ROLE_LABELS } from '@/lib/accounts/invitation-schema';
import { requirePermission } from '@/lib/auth/session';
import { listActiveSchools } from '@/lib/schools/list-active-schools';
import { AdminForm } from '../../_components/admin-form';
import { inviteStaff } from '../actions';

export const metadata: Metadata = { title: 'Invite someone' };

export default async function InvitePage() {
  const user = await requirePermission('staff.manage');
  const schools = await listActiveSchools(partnershipFor(user, 'staff.manage'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Invite someone</h1>
        <p className="govuk-body">
          They will get an email with a link to set up their sign-in. The link works once, for 7 days.
        </p>
        <AdminForm
          action={inviteStaff}
          submitLabel="Send invitation"
          fields={[
            { kind: 'text', name: 'name', label: 'Full name', maxLength: 200 },
            { kind: 'text', name: 'email', label: 'Email address', type: 'email' },
            {
              kind: 'radios',
              name: 'role',
              label: 'Role',
              choices: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
            },
            {
              kind: 'select',
              name: 'schoolId',
              label: 'School',
              hint: 'Only for a DSL or deputy DSL',
              choices: schools.map((s) => ({ value: s.id, label: `${s.name} (${s.urn})` })),
            },
          ]}
        />
      </div>
    </div>
  );
}
