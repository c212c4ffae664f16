import Link from 'next/link';
import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { listAuditEntries } from '@/lib/audit/list-audit-entries';
import { formatDateTime } from '@/lib/format/dates';
import { Table } from '@/components/govuk/table';

export const metadata: Metadata = { title: 'Audit trail' };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; action?: string }>;
}) {
  const user = await requirePermission('audit.read');
  const query = await searchParams;
  const result = await listAuditEntries(partnershipFor(user, 'audit.read'), {
    page: Number(query.page) || 1,
    action: typeof query.action === 'string' ? query.action : undefined,
  });
  const link = (page: number) =>
    `/admin/audit?${new URLSearchParams({ page: String(page), ...(result.action ? { action: result.action } : {}) })}`;
  return (
    <>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Who did what, and when. It shows no case content. Each entry is chained to the one before it, so a
        change made behind the service’s back can be found with <code>npm run audit:verify</code>.
      </p>
      <form method="get" action="/admin/audit" className="govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="action">
            Filter by action
          </label>
          <div className="govuk-hint" id="action-hint">
            The start of an action, such as school or staff.deactivate
          </div>
          <input
            className="govuk-input govuk-input--width-20"
            id="action"
            name="action"
            defaultValue={result.action ?? ''}
            aria-describedby="action-hint"
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Filter
        </button>
      </form>
      <Table
        head={['When', 'Who', 'Action', 'On']}
        rows={result.entries.map((e) => ({
          key: e.id.toString(),
          cells: [
            formatDateTime(e.at),
            e.actor ? e.actor.name : 'The system',
            <code key="action">{e.action}</code>,
            `${e.subject}${e.subjectId ? ` ${shortId(e.subjectId)}` : ''}`,
          ],
        }))}
      />
      {result.entries.length === 0 && <p className="govuk-body">No entries.</p>}
      <nav className="govuk-pagination" aria-label="Pages of the audit trail">
        {result.page > 1 && (
          <div className="govuk-pagination__prev">
            <Link className="govuk-link govuk-pagination__link" href={link(result.page - 1)}>
              <span className="govuk-pagination__link-title">Newer entries</span>
            </Link>
          </div>
        )}
        {result.hasMore && (
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" href={link(result.page + 1)}>
              <span className="govuk-pagination__link-title">Older entries</span>
            </Link>
          </div>
        )}
      </nav>
    </>
  );
}

/** Ids are long: their first 8 characters tell entries apart. A case reference (9) is shown whole. */
function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 8) : id;
}
