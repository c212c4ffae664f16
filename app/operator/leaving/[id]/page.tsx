import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/govuk/summary-list';
import { AdminForm } from '@/app/admin/_components/admin-form';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/dates';
import { findWaitingLeaveRequest } from '@/lib/partnership-leave/list-leave-requests';
import { confirmLeaveAction, refuseLeaveAction } from '../actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm or refuse a partnership leaving' };

/** The service operator decides one request to leave: confirm (its data is deleted) or refuse, saying why. */
export default async function LeavingRequestPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('service.operate');
  const request = await findWaitingLeaveRequest((await params).id);
  if (!request) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/operator/leaving" className="govuk-back-link">
          Back to partnerships leaving
        </Link>
        <h1 className="govuk-heading-l">{request.name} asked to leave</h1>
        <SummaryList
          rows={[
            { key: 'Partnership', value: `${request.name} (${request.slug})` },
            { key: 'Asked by', value: request.requestedByName },
            { key: 'Asked on', value: formatDateTime(request.requestedAt) },
            { key: 'Their reason', value: request.reason },
          ]}
        />
        <h2 className="govuk-heading-m">Confirm</h2>
        <p className="govuk-body">
          Every concern, child record, school, role, setting and web address of the partnership will be
          deleted, a batch at a time. Staff with no role in another partnership will no longer be able to sign
          in. A record that it was deleted, and the audit trail, are kept.
        </p>
        <AdminForm
          action={confirmLeaveAction}
          hidden={{ requestId: request.id }}
          fields={[]}
          submitLabel="Confirm and delete the partnership"
          warning="This cannot be undone."
        />
        <h2 className="govuk-heading-m">Refuse</h2>
        <AdminForm
          action={refuseLeaveAction}
          hidden={{ requestId: request.id }}
          secondary
          submitLabel="Refuse the request"
          fields={[
            {
              kind: 'textarea',
              name: 'refusalReason',
              label: 'Why are you refusing the request?',
              hint: 'The partnership’s administrators will see this.',
              maxLength: 1000,
            },
          ]}
        />
      </div>
    </div>
  );
}
