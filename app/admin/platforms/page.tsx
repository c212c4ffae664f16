import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listPlatforms } from '@/lib/reference-data/list-reference-data';
import { formatDay } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'Platforms' };

export default async function PlatformsPage() {
  await requirePermission('reference-data.manage');
  const platforms = await listPlatforms();
  return (
    <>
      <h1 className="govuk-heading-l">Platforms</h1>
      <p className="govuk-body">
        The apps and sites parents can choose from when they tell us what happened.
      </p>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/platforms/new">
          Add a platform
        </Link>
      </p>
      <Table
        head={['Position', 'Name', 'Age rating', 'Status']}
        rows={platforms.map((p) => ({
          key: p.id,
          cells: [
            p.sortOrder,
            <Link key="name" className="govuk-link" href={`/admin/platforms/${p.id}`}>
              {p.name}
            </Link>,
            p.ageRating,
            p.closedOn ? `Closed on ${formatDay(p.closedOn)}` : 'Offered to parents',
          ],
        }))}
      />
    </>
  );
}
