import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../_components/admin-form';
import { concernReferenceField } from '../_components/concern-reference-field';
import { findConcernForExport } from './actions';

export const metadata: Metadata = { title: 'Subject access' };

export default async function SubjectAccessPage() {
  await requirePermission('subject-access.export');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Subject access</h1>
        <p className="govuk-body">
          Export everything held about one concern: the answers, the chronology, decisions, referrals,
          messages, who opened it, the emails sent about it and its retention. Each export is recorded in the
          audit trail.
        </p>
        <AdminForm
          action={findConcernForExport}
          submitLabel="Find the concern"
          fields={[concernReferenceField()]}
        />
      </div>
    </div>
  );
}
