import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { casePageTitle } from '@/lib/cases/case-page-title';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { AccessLogSummary, CaseSummary, Chronology, Messages, ReporterAccount } from '../case-sections';
import { formatDateTime } from '@/lib/format/dates';
import '../../cases.scss';

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: casePageTitle((await params).reference, 'print view') };
}

/** The whole record on one page, for printing for a referral or a transfer. Its reading is logged. */
export default async function CasePrintPage({ params }: Props) {
  const user = await requirePermission('case.read');
  const { reference } = await params;
  const record = await readCaseRecord(user, decodeURIComponent(reference), 'print');
  if (!record) notFound();
  return (
    <>
      <h1 className="govuk-heading-l">Safeguarding record {record.reference}</h1>
      <p className="govuk-body">
        Printed {formatDateTime(new Date())} by {user.name}. Confidential: keep it with the child protection
        file.
      </p>
      <CaseSummary record={record} />
      <h2 className="govuk-heading-m">What the reporter told us</h2>
      <ReporterAccount record={record} />
      <h2 className="govuk-heading-m">Messages with the reporter</h2>
      <Messages record={record} />
      <h2 className="govuk-heading-m">Chronology</h2>
      <Chronology record={record} />
      <AccessLogSummary record={record} />
    </>
  );
}
