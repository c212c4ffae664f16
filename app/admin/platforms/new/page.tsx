import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { addPlatform } from '../actions';
import { platformFields } from '../platform-fields';

export const metadata: Metadata = { title: 'Add a platform' };

export default async function NewPlatformPage() {
  await requirePermission('reference.national.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a platform</h1>
        <AdminForm action={addPlatform} fields={platformFields()} submitLabel="Add platform" />
      </div>
    </div>
  );
}
