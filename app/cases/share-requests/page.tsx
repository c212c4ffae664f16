import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { formatDate } from '@/lib/format/dates';
import { listWaitingShareRequests } from '@/lib/share-requests/list-share-requests';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Requests to share' };

/** The front door's requests waiting for this school team's answer; each is answered on its case page. */
export default async function ShareRequestsPage() {
  const { user, partnershipId } = await requirePartnership('case.update');
  const requests = await listWaitingShareRequests(user, partnershipId);
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        All cases
      </Link>
      <h1 className="govuk-heading-xl">Requests to share</h1>
      <p className="govuk-body">
        The front door asked to see these cases, because other reports name the same account. Open a case to
        say yes or no.
      </p>
      {requests.length === 0 ? (
        <p className="govuk-body">No requests are waiting for you.</p>
      ) : (
        <Table
          caption="Waiting for your answer"
          captionClassName="govuk-table__caption--m"
          head={['Case', 'Asked on', 'Note']}
          rows={requests.map((r) => ({
            key: r.id,
            cells: [
              <Link key="case" className="govuk-link" href={`/cases/${r.concern.reference}`}>
                {r.concern.reference}
              </Link>,
              formatDate(r.requestedAt),
              r.note,
            ],
          }))}
        />
      )}
    </>
  );
}
