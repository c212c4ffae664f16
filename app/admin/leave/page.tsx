import type { Metadata } from 'next';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { formatDateTime } from '@/lib/format/dates';
import { findLeaveRequest } from '@/lib/partnership-leave/list-leave-requests';
import { AdminForm } from '../_components/admin-form';
import { askToLeaveAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Leave the service' };

const STATUS = {
  REQUESTED: 'Waiting for the service operator to confirm',
  CONFIRMED: 'Confirmed: the partnership’s data is being deleted',
  REFUSED: 'Refused by the service operator',
  DONE: 'Deleted',
} as const;

/** The administrator takes the partnership's data away and asks for it to be deleted from the service. */
export default async function LeavePage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string | string[] }>;
}) {
  const { user, partnershipId } = await requirePartnership('partnership.leave');
  const name = user.partnerships.find((p) => p.id === partnershipId)?.name ?? '';
  const request = await findLeaveRequest(partnershipId);
  const sent = (await searchParams).sent === 'request';
  const open = request?.status === 'REQUESTED' || request?.status === 'CONFIRMED';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sent && (
          <NotificationBanner
            success
            heading="Your request has been sent. The service operator will confirm it before anything is deleted."
          />
        )}
        <h1 className="govuk-heading-l">Leave the service</h1>
        <h2 className="govuk-heading-m">Download everything the partnership holds</h2>
        <p className="govuk-body">
          One zip file with every concern (answers, chronology, decisions, referrals and messages), child
          records, incidents, schools, staff and their roles, settings, platforms and advice, warnings and the
          audit trail, as JSON and CSV files, and a PDF of each case. It is described in the export format,
          version 1. It may take several minutes for a large partnership. You will be asked for your
          authenticator code if you have not used it in the last 15 minutes. Each download is recorded in the
          audit trail.
        </p>
        <p className="govuk-body">
          <a className="govuk-button govuk-button--secondary" href="/admin/leave/export" download>
            Download the partnership’s data
          </a>
        </p>
        <h2 className="govuk-heading-m">Ask for the partnership to be deleted</h2>
        {request && (
          <SummaryList
            rows={[
              { key: 'Last request', value: STATUS[request.status] },
              { key: 'Asked by', value: request.requestedByName },
              { key: 'Asked on', value: formatDateTime(request.requestedAt) },
              ...(request.status === 'REFUSED' && request.refusalReason
                ? [{ key: 'Why it was refused', value: request.refusalReason }]
                : []),
            ]}
          />
        )}
        {open ? (
          <p className="govuk-body">
            Nothing more to do here. Staff keep working as normal until the service operator confirms.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              The service operator confirms the request first. Then every concern, child record, school, role,
              setting and web address of {name} is deleted, a batch at a time, and staff with no role in
              another partnership can no longer sign in. Concerns under a legal hold must be released first.
              Download the data before you ask.
            </p>
            <p className="govuk-body">
              Backups of the service still hold the data, encrypted, until they are replaced in the normal
              way.
            </p>
            <AdminForm
              action={askToLeaveAction}
              submitLabel="Ask for the partnership to be deleted"
              warning="This cannot be undone once the service operator confirms it."
              fields={[
                {
                  kind: 'text',
                  name: 'confirmName',
                  label: 'Type the partnership’s name to confirm',
                  hint: name,
                  maxLength: 200,
                },
                {
                  kind: 'textarea',
                  name: 'reason',
                  label: 'Why is the partnership leaving?',
                  hint: 'For example, it is moving to another service. Do not write anything about a child or a case.',
                  maxLength: 1000,
                },
              ]}
            />
          </>
        )}
      </div>
    </div>
  );
}
