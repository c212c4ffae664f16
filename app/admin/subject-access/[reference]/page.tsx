import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { findSubjectAccessConcern } from '@/lib/subject-access/find-subject-access-concern';
import { referenceFromPath } from '@/lib/subject-access/reference-from-path';
import { formatDate } from '@/lib/format/dates';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Export a concern' };

const day = (d: Date | null) => (d ? formatDate(d) : 'Not closed');

export default async function SubjectAccessConcernPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const user = await requirePermission('subject-access.export');
  const reference = referenceFromPath((await params).reference);
  if (!reference) notFound();
  const found = await findSubjectAccessConcern(partnershipFor(user, 'subject-access.export'), reference);
  if (!found) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/subject-access" className="govuk-back-link">
          Back to subject access
        </Link>
        <h1 className="govuk-heading-l">Concern {found.reference}</h1>
        <SummaryList
          rows={[
            { key: 'Sent', value: day(found.submittedAt) },
            { key: 'Closed', value: day(found.closedAt) },
            found.kind === 'held'
              ? { key: 'Legal hold', value: found.legalHold ? 'Yes' : 'No' }
              : {
                  key: 'Deleted',
                  value: `${day(found.deletedAt)}, under the retention policy (${found.reason === 'CHILD_AGE' ? 'the child’s age' : 'years after closing'})`,
                },
          ]}
        />
        {found.kind === 'held' ? (
          <>
            <p className="govuk-body">Downloading either file is recorded in the audit trail.</p>
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href={`/admin/subject-access/${found.reference}/text`} download>
                  Download as readable text
                </a>{' '}
                (to check and redact before sending)
              </li>
              <li>
                <a className="govuk-link" href={`/admin/subject-access/${found.reference}/json`} download>
                  Download as JSON
                </a>{' '}
                (every field, for the record)
              </li>
            </ul>
          </>
        ) : (
          <p className="govuk-body">
            Nothing about this concern is held any more, apart from this record of its deletion.
          </p>
        )}
      </div>
    </div>
  );
}
