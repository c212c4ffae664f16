import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/dates';
import { listTransfers } from '@/lib/transfers/list-transfers';
import { transferStateText } from '@/lib/format/transfer-state';

export const metadata: Metadata = { title: 'Child protection file transfers' };

/** A transfer as the lists name it: its case, or a child's whole file as one item. */
const transferName = (t: { reference: string; childFileCases: number | null }) =>
  t.childFileCases === null
    ? t.reference
    : `Child file: ${t.childFileCases} cases (${t.reference} and others)`;

/** A school team's transfers (issue 17): files sent to it to answer, and files it sent, with the clock. */
export default async function TransfersPage() {
  const user = await requirePermission('case.read');
  const { incoming, outgoing } = await listTransfers(user);
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        All cases
      </Link>
      <h1 className="govuk-heading-l">Child protection file transfers</h1>
      <h2 className="govuk-heading-m" id="incoming">
        Sent to your school
      </h2>
      {incoming.length === 0 ? (
        <p className="govuk-body">No files are waiting for you.</p>
      ) : (
        <Table
          caption="Files waiting for you to check and accept"
          captionClassName="govuk-visually-hidden"
          head={['Reference', 'From', 'Sent', 'Receipt']}
          rows={incoming.map((t) => ({
            key: t.id,
            cells: [
              <Link key="ref" className="govuk-link" href={`/transfers/${t.id}`}>
                {transferName(t)}
              </Link>,
              t.fromSchool,
              `${formatDate(t.sentAt)} by ${t.sentBy}`,
              transferStateText(t),
            ],
          }))}
        />
      )}
      <h2 className="govuk-heading-m" id="outgoing">
        Sent by your school
      </h2>
      {outgoing.length === 0 ? (
        <p className="govuk-body">Your school has not sent any files.</p>
      ) : (
        <Table
          caption="Files your school sent"
          captionClassName="govuk-visually-hidden"
          head={['Reference', 'To', 'Sent', 'Receipt']}
          rows={outgoing.map((t) => ({
            key: t.id,
            cells: [
              <Link key="ref" className="govuk-link" href={`/transfers/${t.id}`}>
                {transferName(t)}
              </Link>,
              t.toSchool,
              `${formatDate(t.sentAt)} by ${t.sentBy}`,
              transferStateText(t),
            ],
          }))}
        />
      )}
    </>
  );
}
