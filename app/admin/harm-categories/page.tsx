import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { userMay } from '@/lib/auth/session';
import { listHarmCategories } from '@/lib/reference-data/list-reference-data';

export const metadata: Metadata = { title: 'Harm categories' };

/**
 * The national categories every partnership shares (so trends compare) and this partnership's own. Only
 * the service operator changes a national one (reference.national.manage).
 */
export default async function HarmCategoriesPage() {
  const { user, partnershipId } = await requirePartnership('reference-data.manage');
  const categories = await listHarmCategories(partnershipId);
  const national = userMay(user, 'reference.national.manage');
  return (
    <>
      <h1 className="govuk-heading-l">Harm categories</h1>
      <p className="govuk-body">What parents can say happened to their child.</p>
      <p className="govuk-body">
        Most categories are the same for every partnership, so trends can be compared. You can add your own.
        Only your parents, cases and trends will see them.
      </p>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/harm-categories/new">
          Add a category
        </Link>
      </p>
      <Table
        head={['Position', 'Name', 'Whose', 'Status']}
        rows={categories.map((c) => ({
          key: c.id,
          cells: [
            c.sortOrder,
            c.partnershipId || national ? (
              <Link key="name" className="govuk-link" href={`/admin/harm-categories/${c.id}`}>
                {c.name}
              </Link>
            ) : (
              c.name
            ),
            c.partnershipId ? 'Yours' : 'Every partnership',
            c.active ? 'Offered to parents' : 'No longer offered',
          ],
        }))}
      />
    </>
  );
}
