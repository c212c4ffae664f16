import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { AdminForm } from '../../_components/admin-form';
import { addOwnHarmCategory } from '../../platforms/actions';
import { harmFields } from '../harm-fields';

export const metadata: Metadata = { title: 'Add a harm category' };

/** Adds a category of this partnership's own; the national list is the service operator's. */
export default async function NewHarmCategoryPage() {
  await requirePartnership('reference-data.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a harm category</h1>
        <p className="govuk-body">Only your parents, cases and trends will see it.</p>
        <AdminForm action={addOwnHarmCategory} fields={harmFields()} submitLabel="Add category" />
      </div>
    </div>
  );
}
