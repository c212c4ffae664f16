import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { CaseForms } from './case-forms';
import { AccessLog } from './access-log';
import { CaseSummary, Chronology, Messages, ReporterAccount } from './case-sections';
import '../cases.scss';

export const metadata: Metadata = { title: 'Case' };

export default async function CasePage({ params }: { params: Promise<{ reference: string }> }) {
  const user = await requirePermission('case.read');
  const { reference } = await params;
  const record = await readCaseRecord(user, decodeURIComponent(reference), 'view');
  if (!record) notFound();
  const href = `/cases/${encodeURIComponent(record.reference)}`;
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        All cases
      </Link>
      <span className="govuk-caption-l">Case</span>
      <h1 className="govuk-heading-l">{record.reference}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href={`${href}/print`}>
          Print view
        </Link>{' '}
        ·{' '}
        <a className="govuk-link" href={`${href}/pdf`} download>
          Download the whole record as a PDF
        </a>
      </p>
      <CaseSummary record={record} />
      <h2 className="govuk-heading-l">What the reporter told us</h2>
      <ReporterAccount record={record} />
      <h2 className="govuk-heading-l">Messages with the reporter</h2>
      <Messages record={record} />
      <h2 className="govuk-heading-l">Chronology</h2>
      <Chronology record={record} />
      <CaseForms record={record} />
      <AccessLog record={record} />
    </>
  );
}
