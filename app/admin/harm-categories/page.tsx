import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listHarmCategories } from '@/lib/reference-data/list-reference-data';

export const metadata: Metadata = { title: 'Harm categories' };

export default async function HarmCategoriesPage() {
  await requirePermission('reference-data.manage');
  const categories = await listHarmCategories();
  return (
    <>
      <h1 className="govuk-heading-l">Harm categories</h1>
      <p className="govuk-body">What parents can say happened to their child.</p>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/harm-categories/new">
          Add a category
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
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {categories.map((c) => (
            <tr className="govuk-table__row" key={c.id}>
              <td className="govuk-table__cell">{c.sortOrder}</td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/admin/harm-categories/${c.id}`}>
                  {c.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{c.active ? 'Offered to parents' : 'No longer offered'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
