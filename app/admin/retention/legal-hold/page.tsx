import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { concernReferenceField } from '../../_components/concern-reference-field';
import { placeLegalHold } from '../actions';

export const metadata: Metadata = { title: 'Place a legal hold' };

export default async function PlaceLegalHoldPage() {
  await requirePermission('legal-hold.manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/retention" className="govuk-back-link">
          Back to retention
        </Link>
        <h1 className="govuk-heading-l">Place a legal hold</h1>
        <p className="govuk-body">
          A concern under a legal hold is never deleted, whatever the retention policy says, until the hold is
          lifted. Use it when a court, the police or an inquiry asks for records to be kept.
        </p>
        <AdminForm
          action={placeLegalHold}
          submitLabel="Place the hold"
          fields={[
            concernReferenceField(),
            {
              kind: 'textarea',
              name: 'reason',
              label: 'Why must it be kept?',
              hint: 'Who asked and their reference, for example a police request number. Do not write anything about the child or the case.',
              maxLength: 500,
            },
          ]}
        />
      </div>
    </div>
  );
}
