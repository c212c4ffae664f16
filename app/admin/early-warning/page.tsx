import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getNationalEarlyWarning } from '@/lib/trends/national-early-warning-setting';
import { AdminForm } from '../_components/admin-form';
import { saveNationalEarlyWarningAction } from './actions';

export const metadata: Metadata = { title: 'Early warning from other areas' };

export default async function EarlyWarningPage() {
  const { partnershipId } = await requirePartnership('reference-data.manage');
  const on = await getNationalEarlyWarning(partnershipId);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Early warning from other areas</h1>
        <p className="govuk-body">
          Your trends team is already emailed when concerns about a platform or a kind of harm rise in your
          own area. Other partnerships use this service too. When concerns about one platform rise in two or
          more areas at once, the service can tell your trends team as well, so you can warn parents before it
          reaches you.
        </p>
        <p className="govuk-body">
          The email names the platform and how many areas. It never names an area or shares anyone’s figures,
          and your own figures are shared with no one.
        </p>
        <AdminForm
          action={saveNationalEarlyWarningAction}
          submitLabel="Save"
          fields={[
            {
              kind: 'radios',
              name: 'nationalEarlyWarning',
              label: 'Email your trends team about rises in several areas?',
              defaultValue: on ? 'yes' : 'no',
              choices: [
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ],
            },
          ]}
        />
      </div>
    </div>
  );
}
