import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { AdminForm } from '../../_components/admin-form';
import { concernReferenceField } from '../../_components/concern-reference-field';
import { liftLegalHold } from '../actions';

export const metadata: Metadata = { title: 'Lift a legal hold' };

export default async function LiftLegalHoldPage({
  searchParams,
}: {
  searchParams: Promise<{ reference?: string }>;
}) {
  await requirePermission('legal-hold.manage');
  const { reference } = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/retention" className="govuk-back-link">
          Back to retention
        </Link>
        <h1 className="govuk-heading-l">Lift a legal hold</h1>
        <p className="govuk-body">
          Once the hold is lifted the retention policy applies again: a concern already past its date is
          deleted at the next night’s run.
        </p>
        <AdminForm
          action={liftLegalHold}
          submitLabel="Lift the hold"
          fields={[
            concernReferenceField(typeof reference === 'string' ? reference : undefined),
            {
              kind: 'textarea',
              name: 'reason',
              label: 'Why can the hold end?',
              hint: 'For example, the court case has finished. Do not write anything about the child or the case.',
              maxLength: 500,
            },
          ]}
        />
      </div>
    </div>
  );
}
