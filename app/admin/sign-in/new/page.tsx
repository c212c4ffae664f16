import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { AdminForm } from '../../_components/admin-form';
import { addSignInProvider } from '../actions';
import { signInProviderFields } from '../sign-in-provider-fields';

export const metadata: Metadata = { title: 'Add a work account sign-in' };

export default async function NewSignInProviderPage() {
  await requirePartnership('staff.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a work account sign-in</h1>
        <p className="govuk-body">
          Register this service as an app with your provider first. It gives you the client ID and secret.
        </p>
        <AdminForm action={addSignInProvider} fields={signInProviderFields()} submitLabel="Add sign-in" />
      </div>
    </div>
  );
}
