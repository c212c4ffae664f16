import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/govuk/summary-list';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime, formatDay } from '@/lib/format/dates';
import { readTransfer } from '@/lib/transfers/read-transfer';
import { acceptTransferAction, cancelTransferAction, returnTransferAction } from '../actions';
import { transferStateText } from '@/lib/format/transfer-state';
import { TransferForm } from './transfer-form';

export const metadata: Metadata = { title: 'Child protection file transfer' };

type Props = { params: Promise<{ id: string }> };

/**
 * One transfer, for its two schools' DSLs only. The receiving school reads the case and accepts or returns
 * it; the sending school sees the receipt and may cancel before it. After acceptance the sender keeps
 * this record and no way into the case.
 */
export default async function TransferPage({ params }: Props) {
  const user = await requirePermission('case.read');
  const transfer = await readTransfer(user, (await params).id);
  if (!transfer) notFound();
  const open = transfer.status === 'SENT';
  const caseHref = `/cases/${encodeURIComponent(transfer.reference)}`;
  // The case is theirs to open: the receiver's while it waits (to read), the sender's until accepted, or
  // for good when it went by emailed link (nobody on the service took it over; it is closed on receipt).
  const emailed = transfer.kind === 'EMAILED_LINK';
  const caseLink = open || (transfer.side === 'from' && (transfer.status !== 'ACCEPTED' || emailed));
  return (
    <>
      <Link href="/transfers" className="govuk-back-link">
        All transfers
      </Link>
      <span className="govuk-caption-l">Child protection file transfer</span>
      <h1 className="govuk-heading-l">
        {transfer.childFileCases === null
          ? transfer.reference
          : `Child file: ${transfer.childFileCases} cases`}
      </h1>
      <SummaryList
        rows={[
          { key: 'From', value: transfer.fromSchool },
          { key: 'To', value: transfer.toSchool },
          ...(emailed
            ? [{ key: 'Sent as', value: `A link emailed to ${transfer.recipientEmail ?? 'the new school'}` }]
            : []),
          { key: 'Sent', value: `${formatDateTime(transfer.sentAt)} by ${transfer.sentBy}` },
          { key: 'Child starts', value: formatDay(transfer.childStartsOn) },
          { key: 'Receipt due', value: formatDate(transfer.dueAt) },
          { key: 'Receipt', value: transferStateText(transfer) },
          ...(transfer.note ? [{ key: 'Note from the sending school', value: transfer.note }] : []),
          ...(transfer.returnReason ? [{ key: 'Why it was returned', value: transfer.returnReason }] : []),
        ]}
        valueClassName="app-preserve-lines"
      />
      {caseLink && transfer.childFileCases === null && (
        <p className="govuk-body">
          <Link className="govuk-link" href={caseHref}>
            {transfer.side === 'to' ? 'Read the case' : 'Open the case'}
          </Link>
        </p>
      )}
      {transfer.childFileCases !== null && (
        <>
          <h2 className="govuk-heading-m">The child’s cases</h2>
          <p className="govuk-body">
            The whole file of one child: every case is accepted or returned together.
          </p>
          <ul className="govuk-list govuk-list--bullet" data-testid="child-file-cases">
            {transfer.cases.map((reference) => (
              <li key={reference}>
                {caseLink ? (
                  <Link className="govuk-link" href={`/cases/${encodeURIComponent(reference)}`}>
                    {transfer.side === 'to' ? `Read case ${reference}` : `Open case ${reference}`}
                  </Link>
                ) : (
                  reference
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {open && transfer.side === 'to' && (
        <>
          <h2 className="govuk-heading-m">Accept the file</h2>
          <p className="govuk-body">
            Accepting confirms your school has received the file.{' '}
            {transfer.childFileCases === null
              ? 'The case becomes your school’s'
              : 'Every case becomes your school’s, under one new child record,'}{' '}
            and {transfer.fromSchool} can no longer open it. This cannot be undone.
          </p>
          <TransferForm
            id="accept"
            action={acceptTransferAction}
            transferId={transfer.id}
            submit="Accept the file"
          />
          <h2 className="govuk-heading-m">Return the file</h2>
          <p className="govuk-body">
            If the child is not joining your school, return it. It stays with the sender.
          </p>
          <TransferForm
            id="return"
            action={returnTransferAction}
            transferId={transfer.id}
            submit="Return the file"
            secondary
            reason={{
              name: 'returnReason',
              label: 'Why are you returning it?',
              hint: 'The school that sent it will read this.',
            }}
          />
        </>
      )}
      {open && transfer.side === 'from' && (
        <TransferForm
          id="cancel"
          action={cancelTransferAction}
          transferId={transfer.id}
          submit="Cancel the transfer"
          secondary
        />
      )}
    </>
  );
}
