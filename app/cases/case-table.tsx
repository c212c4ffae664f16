import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { STATUS_LABELS, type ConcernStatus } from '@/lib/cases/case-labels';
import type { CaseListRow } from '@/lib/cases/list-cases';
import { CaseRow } from './case-row';

/**
 * A page of cases with what a DSL triages on at a glance. Until the page has its full width each row stacks
 * into a block (each cell naming its column), so nothing scrolls sideways on a phone or a small tablet.
 */
export function CaseTable({ rows, oneSchool }: { rows: CaseListRow[]; oneSchool: boolean }) {
  if (rows.length === 0) return <p className="govuk-body">No cases match.</p>;
  const headings = ['Case', 'What was reported', 'Child', 'Status', ...(oneSchool ? [] : ['School'])];
  return (
    <Table
      className="app-table--stacked app-table--stacked-until-wide"
      caption="Cases, unopened urgent ones first"
      captionClassName="govuk-visually-hidden"
      head={headings}
    >
      {rows.map((r) => (
        <CaseRow key={r.id} row={r} oneSchool={oneSchool} />
      ))}
    </Table>
  );
}

function withParams(params: Record<string, string>, change: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...change })) if (v) next.set(k, v);
  const query = next.toString();
  return query ? `/cases?${query}` : '/cases';
}

/** A count from the case list: above the cap it reads "more than 1,000" (lib/cases/list-cases.ts). */
export function countText(n: number, cap: number): string {
  return n > cap ? `more than ${cap.toLocaleString('en-GB')}` : n.toLocaleString('en-GB');
}

export function StatusCounts({
  counts,
  cap,
  params,
}: {
  counts: Partial<Record<ConcernStatus, number>>;
  cap: number;
  params: Record<string, string>;
}) {
  return (
    <nav aria-label="Cases by status">
      <ul className="govuk-list app-status-counts">
        {(Object.keys(STATUS_LABELS) as ConcernStatus[]).map((s) => (
          <li key={s}>
            <Link className="govuk-link" href={withParams(params, { status: s, page: undefined })}>
              {STATUS_LABELS[s]}: {countText(counts[s] ?? 0, cap)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Previous and next pages; "Page 2 of 7" when the total was counted, "Page 2" when it stopped at the cap. */
export function Pagination({
  page,
  pages,
  hasNext,
  params,
}: {
  page: number;
  pages: number | null;
  hasNext: boolean;
  params: Record<string, string>;
}) {
  if (page <= 1 && !hasNext) return null;
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
        Page {page}
        {pages === null ? '' : ` of ${pages}`}
      </p>
      {hasNext && (
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
