import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDay } from '@/lib/format/dates';
import { listNationalLists } from '@/lib/reference-data/list-national-lists';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'National lists' };

/** The service operator: the platforms and harm categories every partnership shares, so trends compare. */
export default async function NationalListsPage() {
  await requirePermission('reference.national.manage');
  const { platforms, harmCategories } = await listNationalLists();
  return (
    <>
      <h1 className="govuk-heading-l">National lists</h1>
      <p className="govuk-body">
        Every partnership shares these lists, so their trends can be compared. Each partnership chooses which
        platforms its parents see and writes its own advice; it may also add harm categories of its own.
      </p>
      <h2 className="govuk-heading-m">Platforms</h2>
      <p className="govuk-body">
        <Link className="govuk-button govuk-button--secondary" href="/admin/platforms/new">
          Add a platform
        </Link>
      </p>
      <Table
        head={['Name', 'Age rating', 'Closed']}
        rows={platforms.map((p) => ({
          key: p.id,
          cells: [
            <Link key="name" className="govuk-link" href={`/admin/platforms/${p.id}`}>
              {p.name}
            </Link>,
            p.ageRating ?? 'Not given',
            p.closedOn ? formatDay(p.closedOn) : 'Open',
          ],
        }))}
      />
      <h2 className="govuk-heading-m">Bank holidays</h2>
      <p className="govuk-body">
        Bank holidays in England and Wales are not school days in any partnership.{' '}
        <Link className="govuk-link" href="/operator/bank-holidays">
          Bank holidays
        </Link>
      </p>
      <h2 className="govuk-heading-m">Harm categories</h2>
      <Table
        head={['Name', 'Status']}
        rows={harmCategories.map((h) => ({
          key: h.id,
          cells: [
            <Link key="name" className="govuk-link" href={`/admin/harm-categories/${h.id}`}>
              {h.name}
            </Link>,
            h.active ? 'Offered to parents' : 'No longer offered',
          ],
        }))}
      />
    </>
  );
}
