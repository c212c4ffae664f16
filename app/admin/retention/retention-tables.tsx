import Link from 'next/link';
import type { DueConcern } from '@/lib/retention/find-due-concerns';
import { formatDate } from '@/lib/format/dates';

export const day = formatDate;

function Head({ columns }: { columns: string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((c) => (
          <th key={c} scope="col" className="govuk-table__header">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** References and dates only: administrators never see case content. */
export function DueTable({ rows }: { rows: DueConcern[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Concerns due for deletion</caption>
      <Head columns={['Reference', 'Closed', 'Rule', 'Due for deletion']} />
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell">{r.reference}</td>
            <td className="govuk-table__cell">{day(r.closedAt)}</td>
            <td className="govuk-table__cell">{r.ageKnown ? 'Child’s age' : 'Years after closing'}</td>
            <td className="govuk-table__cell">{day(r.dueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HeldTable({
  rows,
}: {
  rows: { id: string; reference: string; legalHoldSince: Date | null; legalHoldReason: string | null }[];
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Concerns under a legal hold</caption>
      <Head columns={['Reference', 'Held since', 'Reason', 'Action']} />
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell">{r.reference}</td>
            <td className="govuk-table__cell">{r.legalHoldSince ? day(r.legalHoldSince) : ''}</td>
            <td className="govuk-table__cell">{r.legalHoldReason ?? ''}</td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" href={`/admin/retention/lift-hold?reference=${r.reference}`}>
                Lift the hold<span className="govuk-visually-hidden"> on {r.reference}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
