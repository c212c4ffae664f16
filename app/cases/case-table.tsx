import Link from 'next/link';
import { RISK_LABELS, STATUS_LABELS } from '@/lib/cases/case-labels';
import type { CaseListRow } from '@/lib/cases/list-cases';
import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { formatDateTime } from '@/lib/format/dates';

export function CaseTable({ rows }: { rows: CaseListRow[] }) {
  if (rows.length === 0) return <p className="govuk-body">No cases match.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Cases, unopened urgent ones first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            School
          </th>
          <th scope="col" className="govuk-table__header">
            Last activity
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.id} data-reference={r.reference}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" href={`/cases/${r.reference}`}>
                {r.reference}
              </Link>
              {r.urgent && <strong className="govuk-tag govuk-tag--red app-unread-tag">Urgent</strong>}
              {r.unreadMessages > 0 && (
                <strong className="govuk-tag govuk-tag--blue app-unread-tag">Unread message</strong>
              )}
            </td>
            <td className="govuk-table__cell">
              {r.firstOpenedAt ? STATUS_LABELS[r.status] : 'Not opened'}
              {r.riskLevel && (
                <>
                  <br />
                  Risk: {RISK_LABELS[r.riskLevel].toLowerCase()}
                </>
              )}
            </td>
            <td className="govuk-table__cell">
              {r.school?.name ?? 'Front door'}
              {r.assignedTo ? (
                <>
                  <br />
                  {r.assignedTo.name}
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">{formatDateTime(r.lastActivityAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function withParams(params: Record<string, string>, change: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...change })) if (v) next.set(k, v);
  const query = next.toString();
  return query ? `/cases?${query}` : '/cases';
}

export function StatusCounts({
  counts,
  params,
}: {
  counts: Partial<Record<ConcernStatus, number>>;
  params: Record<string, string>;
}) {
  return (
    <nav aria-label="Cases by status">
      <ul className="govuk-list app-status-counts">
        {(Object.keys(STATUS_LABELS) as ConcernStatus[]).map((s) => (
          <li key={s}>
            <Link className="govuk-link" href={withParams(params, { status: s, page: undefined })}>
              {STATUS_LABELS[s]}: {counts[s] ?? 0}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Pagination({
  page,
  pages,
  params,
}: {
  page: number;
  pages: number;
  params: Record<string, string>;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pages of cases">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link
            className="govuk-link govuk-pagination__link"
            href={withParams(params, { page: String(page - 1) })}
            rel="prev"
          >
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <p className="govuk-body govuk-!-margin-bottom-0 govuk-!-margin-top-2">
        Page {page} of {pages}
      </p>
      {page < pages && (
        <div className="govuk-pagination__next">
          <Link
            className="govuk-link govuk-pagination__link"
            href={withParams(params, { page: String(page + 1) })}
            rel="next"
          >
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
