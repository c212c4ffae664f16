import Link from 'next/link';
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
      <table className="govuk-table">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Position
            </th>
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Age rating
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {platforms.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <td className="govuk-table__cell">{p.sortOrder}</td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/admin/platforms/${p.id}`}>
                  {p.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{p.ageRating}</td>
              <td className="govuk-table__cell">
                {p.closedOn ? `Closed on ${formatDay(p.closedOn)}` : 'Offered to parents'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
