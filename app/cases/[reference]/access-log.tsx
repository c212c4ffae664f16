// Who looked at or changed this case, and when: every view and every change, newest first.
import { AUDIT_LABELS } from '@/lib/cases/case-labels';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { formatDateTime } from '@/lib/format/dates';

export function AccessLog({ record }: { record: CaseRecord }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Access log</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            When
          </th>
          <th scope="col" className="govuk-table__header">
            Who
          </th>
          <th scope="col" className="govuk-table__header">
            What
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {record.accessLog.map((a) => (
          <tr className="govuk-table__row" key={a.id.toString()}>
            <td className="govuk-table__cell">{formatDateTime(a.at)}</td>
            <td className="govuk-table__cell">
              <bdi>{a.actor?.name ?? 'System'}</bdi>
            </td>
            <td className="govuk-table__cell">{AUDIT_LABELS[a.action] ?? a.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
