import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { listDeadEmails } from '@/lib/outbox/list-dead-emails';
import { RetryForm } from './retry-form';
import { formatDateTime } from '@/lib/format/dates';
import { Table } from '@/components/govuk/table';
import { NotificationBanner } from '@/components/govuk/notification-banner';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Email delivery problems' };

/** Administrators: their partnership's email the service could not deliver within a day. Never its content. */
export default async function DeliveryProblemsPage({
  searchParams,
}: {
  searchParams: Promise<{ retried?: string }>;
}) {
  const user = await requirePermission('email-delivery.manage');
  const emails = await listDeadEmails(partnershipFor(user, 'email-delivery.manage'));
  const { retried } = await searchParams;
  return (
    <>
      {retried === '1' ? <RetriedBanner /> : null}
      <h1 className="govuk-heading-l">Email delivery problems</h1>
      <p className="govuk-body">
        These emails could not be delivered, even after trying again for 24 hours. Check the mail server and
        the address, then retry. The content of each email is not shown here.
      </p>
      {emails.length === 0 ? (
        <p className="govuk-body">There are no delivery problems.</p>
      ) : (
        <Table
          caption={emails.length === 1 ? '1 email not delivered' : `${emails.length} emails not delivered`}
          captionClassName="govuk-table__caption--m"
          head={['Kind', 'Recipient', 'Attempts', 'Last error', 'Queued', 'Gave up', 'Action']}
          rows={emails.map((email) => ({
            key: email.id,
            cells: [
              email.kind,
              email.recipient,
              email.attempts,
              email.lastError ?? 'None recorded',
              formatDateTime(email.queuedAt),
              formatDateTime(email.gaveUpAt),
              <RetryForm
                key="retry"
                outboxId={email.id}
                label={`${email.kind} email to ${email.recipient}`}
              />,
            ],
          }))}
        />
      )}
    </>
  );
}

function RetriedBanner() {
  return (
    <NotificationBanner
      success
      titleId="retried-title"
      heading="The email is back in the queue. It will be sent in the next few seconds, and tried again for 24 hours if it fails."
    />
  );
}
