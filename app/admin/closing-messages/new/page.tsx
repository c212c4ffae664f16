import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { AdminForm } from '../../_components/admin-form';
import { addClosingMessage } from '../actions';
import { closingMessageFields } from '../closing-message-fields';

export const metadata: Metadata = { title: 'Add a closing message' };

export default async function NewClosingMessagePage() {
  await requirePartnership('reference-data.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add a closing message</h1>
        <AdminForm action={addClosingMessage} fields={closingMessageFields()} submitLabel="Add message" />
      </div>
    </div>
  );
}
