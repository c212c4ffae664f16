import type { Metadata } from 'next';
import Link from 'next/link';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { getEscalation } from '@/lib/reference-data/save-escalation';
import { AdminForm } from '../_components/admin-form';
import { editEscalation } from '../platforms/actions';

export const metadata: Metadata = { title: 'Escalation times' };

export default async function EscalationPage() {
  const user = await requirePermission('reference-data.manage');
  const current = await getEscalation(partnershipFor(user, 'reference-data.manage'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Escalation times</h1>
        <p className="govuk-body">
          When nobody at a school opens a new concern in time, the front-door team is told so they can act.{' '}
          <Link className="govuk-link" href="/staff/urgency">
            What makes a report urgent
          </Link>
        </p>
        <AdminForm
          action={editEscalation}
          submitLabel="Save escalation times"
          fields={[
            {
              kind: 'text',
              name: 'escalateUrgentAfterMinutes',
              label: 'Urgent concerns: minutes before escalating',
              hint: 'Between 5 and 1,440',
              defaultValue: String(current.escalateUrgentAfterMinutes),
              width: 4,
              inputMode: 'numeric',
            },
            {
              kind: 'text',
              name: 'escalateAfterSchoolDays',
              label: 'Other concerns: school days before escalating',
              hint: 'Between 1 and 10. Weekends, bank holidays and the school holidays on the School terms page do not count.',
              defaultValue: String(current.escalateAfterSchoolDays),
              width: 2,
              inputMode: 'numeric',
            },
            {
              kind: 'text',
              name: 'outOfHoursPhone',
              label: 'Out-of-hours phone number (optional)',
              hint: 'Given to a parent whose report is urgent, for help when schools are closed, for example your emergency duty team. Without one, parents are told to call 999 if a child is in danger.',
              defaultValue: current.outOfHoursPhone ?? '',
              width: 20,
            },
          ]}
        />
      </div>
    </div>
  );
}
