import Link from 'next/link';
import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { PHASE_LABELS } from '@/lib/schools/gias-columns';
import { listSchools } from '@/lib/schools/list-schools';
import { Table } from '@/components/govuk/table';

export const metadata: Metadata = { title: 'Schools' };

export default async function SchoolsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const user = await requirePermission('schools.manage');
  const params = await searchParams;
  const result = await listSchools(partnershipFor(user, 'schools.manage'), {
    q: typeof params.q === 'string' ? params.q : '',
    page: Number(params.page) || 1,
  });
  const pageLink = (page: number) =>
    `/admin/schools?${new URLSearchParams({ q: result.q, page: String(page) })}`;
  return (
    <>
      <h1 className="govuk-heading-l">Schools</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href="/admin/schools/new">
          Add a school
        </Link>
        {' · '}
        <Link className="govuk-link" href="/admin/schools/import">
          Import schools from Get Information About Schools
        </Link>
      </p>
      <form method="get" action="/admin/schools" role="search" className="govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="q">
            Search by name or URN
          </label>
          <input
            className="govuk-input govuk-input--width-20"
            id="q"
            name="q"
            type="search"
            defaultValue={result.q}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>
      <p className="govuk-body">
        {result.total.toLocaleString('en-GB')} schools{result.q ? ` matching “${result.q}”` : ''}.
      </p>
      <Table
        className="app-table--stacked"
        caption="Schools"
        captionClassName="govuk-visually-hidden"
        head={['URN', 'Name', 'Phase', 'Town', 'Status']}
        labelCells
        rows={result.schools.map((s) => ({
          key: s.id,
          cells: [
            s.urn,
            {
              content: (
                <Link className="govuk-link" href={`/admin/schools/${s.id}`}>
                  {s.name}
                </Link>
              ),
              unlabelled: true,
            },
            PHASE_LABELS[s.phase],
            s.town,
            s.active ? 'Active' : 'Inactive',
          ],
        }))}
      />
      {result.pages > 1 && (
        <nav className="govuk-pagination" aria-label="Pages of schools">
          {result.page > 1 && (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" href={pageLink(result.page - 1)}>
                <span className="govuk-pagination__link-title">Previous page</span>
              </Link>
            </div>
          )}
          <p className="govuk-body govuk-!-margin-bottom-0">
            Page {result.page} of {result.pages}
          </p>
          {result.page < result.pages && (
            <div className="govuk-pagination__next">
              <Link className="govuk-link govuk-pagination__link" href={pageLink(result.page + 1)}>
                <span className="govuk-pagination__link-title">Next page</span>
              </Link>
            </div>
          )}
        </nav>
      )}
    </>
  );
}
