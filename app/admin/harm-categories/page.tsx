import Link from 'next/link';
import { Table } from '@/components/govuk/table';
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
      <Table
        head={['Position', 'Name', 'Status']}
        rows={categories.map((c) => ({
          key: c.id,
          cells: [
            c.sortOrder,
            <Link key="name" className="govuk-link" href={`/admin/harm-categories/${c.id}`}>
              {c.name}
            </Link>,
            c.active ? 'Offered to parents' : 'No longer offered',
          ],
        }))}
      />
    </>
  );
}
