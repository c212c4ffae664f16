import type { Metadata } from 'next';
import { Table } from '@/components/govuk/table';
import { listAccountPatterns } from '@/lib/account-identifiers/list-account-patterns';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { formatDate } from '@/lib/format/dates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Patterns' };

export default async function PatternsPage() {
  const { partnershipId } = await requirePartnership('account-patterns.read');
  const patterns = await listAccountPatterns(partnershipId);
  return (
    <>
      <h1 className="govuk-heading-xl">Patterns</h1>
      <p className="govuk-body">
        Reports from different families that gave the same name or link for the person who contacted a child,
        on the same platform. The name or link is on each case, not here.
      </p>
      {patterns.length === 0 ? (
        <p className="govuk-body">No reports share a name or link yet.</p>
      ) : (
        <Table
          caption="Reports that name the same account"
          captionClassName="govuk-table__caption--m"
          head={['Platform', 'Reports', 'Schools', 'First report', 'Latest report', 'References']}
          rows={patterns.map((p) => ({
            key: p.id,
            cells: [
              p.platform,
              String(p.concerns),
              String(p.schools),
              formatDate(p.firstSeen),
              formatDate(p.lastSeen),
              p.references.join(', '),
            ],
          }))}
        />
      )}
    </>
  );
}
