import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listClosingMessages } from '@/lib/closing-messages/closing-messages';

export const metadata: Metadata = { title: 'Closing messages' };

export default async function ClosingMessagesPage() {
  const { partnershipId } = await requirePartnership('reference-data.manage');
  const messages = await listClosingMessages(partnershipId);
  return (
    <>
      <h1 className="govuk-heading-l">Closing messages</h1>
      <p className="govuk-body">
        When a case team closes a report, they can choose one of these for the person who reported it. That
        person reads it when they check their report.
      </p>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/closing-messages/new">
          Add a message
        </Link>
      </p>
      {messages.length === 0 ? (
        <p className="govuk-body">There are no closing messages yet.</p>
      ) : (
        <Table
          head={['Short name', 'What parents read', 'Status']}
          rows={messages.map((m) => ({
            key: m.id,
            cells: [
              <Link key="title" className="govuk-link" href={`/admin/closing-messages/${m.id}`}>
                {m.title}
              </Link>,
              m.body,
              m.active ? 'Offered to case teams' : 'No longer offered',
            ],
          }))}
        />
      )}
    </>
  );
}
