import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { addSchool } from '../actions';
import { schoolFields } from '../school-fields';

export const metadata: Metadata = { title: 'Add a school' };

export default async function NewSchoolPage() {
  await requirePermission('schools.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a school</h1>
        <AdminForm action={addSchool} fields={schoolFields()} submitLabel="Add school" />
      </div>
    </div>
  );
}
