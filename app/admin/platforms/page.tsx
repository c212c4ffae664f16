import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { userMay } from '@/lib/auth/session';
import { listPartnershipPlatforms } from '@/lib/reference-data/list-partnership-platforms';
import { formatDay } from '@/lib/format/dates';
import { OfferedButton } from './offered-button';

export const metadata: Metadata = { title: 'Platforms' };

/**
 * The national list of platforms, with which ones this partnership's parents can choose. Only the service
 * operator changes the list itself (reference.national.manage).
 */
export default async function PlatformsPage() {
  const { user, partnershipId } = await requirePartnership('reference-data.manage');
  const platforms = await listPartnershipPlatforms(partnershipId);
  const national = userMay(user, 'reference.national.manage');
  return (
    <>
      <h1 className="govuk-heading-l">Platforms</h1>
      <p className="govuk-body">
        The apps and sites parents can choose from when they tell us what happened. The list is the same for
        every partnership. You choose which ones your parents see. Advice about each one is written on the
        advice pages by partnership staff.
      </p>
      {national && (
        <p className="govuk-body">
          <Link className="govuk-button" href="/admin/platforms/new">
            Add a platform
          </Link>
        </p>
      )}
      <Table
        head={['Position', 'Name', 'Age rating', 'Shown to parents', 'Change']}
        rows={platforms.map((p) => ({
          key: p.id,
          cells: [
            p.sortOrder,
            national ? (
              <Link key="name" className="govuk-link" href={`/admin/platforms/${p.id}`}>
                {p.name}
              </Link>
            ) : (
              p.name
            ),
            p.ageRating,
            p.closedOn ? `No: closed on ${formatDay(p.closedOn)}` : p.offered ? 'Yes' : 'No',
            p.closedOn ? null : (
              <OfferedButton key="offered" platformId={p.id} offered={p.offered} name={p.name} />
            ),
          ],
        }))}
      />
    </>
  );
}
