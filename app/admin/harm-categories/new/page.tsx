import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { addHarmCategory } from '../../platforms/actions';
import { harmFields } from '../harm-fields';

export const metadata: Metadata = { title: 'Add a harm category' };

export default async function NewHarmCategoryPage() {
  await requirePermission('reference.national.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a harm category</h1>
        <AdminForm action={addHarmCategory} fields={harmFields()} submitLabel="Add category" />
      </div>
    </div>
  );
}
