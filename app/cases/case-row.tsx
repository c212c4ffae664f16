import Link from 'next/link';
import { RISK_LABELS, schoolYearLabel, STATUS_LABELS } from '@/lib/cases/case-labels';
import type { CaseListRow } from '@/lib/cases/list-cases';
import { formatDateTime } from '@/lib/format/dates';
import { labelUrgencyReasons } from '@/lib/reporting/urgency-rules';

/** One case on the list: what a DSL triages on, nothing encrypted. Cells name their column (narrow screens). */
export function CaseRow({ row: r, oneSchool }: { row: CaseListRow; oneSchool: boolean }) {
  return (
    <tr className="govuk-table__row" data-reference={r.reference}>
      <th scope="row" className="govuk-table__header">
        <Link className="govuk-link" href={`/cases/${r.reference}`}>
          {r.reference}
        </Link>
        {r.urgent && (
          <span className="app-case-urgency">
            <strong className="govuk-tag govuk-tag--red">Urgent</strong>{' '}
            {r.urgencyReasons.length > 0 && (
              <span className="govuk-body-s">
                <span className="govuk-visually-hidden">because: </span>
                {labelUrgencyReasons(r.urgencyReasons).join('; ')}
              </span>
            )}
          </span>
        )}
        {r.passedOnCount >= 2 && (
          <strong className="govuk-tag govuk-tag--yellow app-case-tag">
            Passed on {r.passedOnCount} times
          </strong>
        )}
        {r.reviewAsked && (
          <strong className="govuk-tag govuk-tag--purple app-case-tag">Review asked for</strong>
        )}
        {r.unreadMessages > 0 && (
          <strong className="govuk-tag govuk-tag--blue app-case-tag">
            {r.unreadMessages === 1 ? 'Unread message' : `${r.unreadMessages} unread messages`}
          </strong>
        )}
      </th>
      <td className="govuk-table__cell" data-label="Reported">
        {r.harms.join(', ') || 'Kind of harm not given'}
        <br />
        {r.platforms.length > 0 ? `On ${r.platforms.join(', ')}` : 'Platform not given'}
      </td>
      <td className="govuk-table__cell" data-label="Child">
        {childWords(r)}
        <br />
        {r.stillHappening === 'YES' ? (
          <strong className="govuk-tag govuk-tag--orange app-case-tag">Still happening</strong>
        ) : (
          STILL_HAPPENING[r.stillHappening]
        )}
      </td>
      <td className="govuk-table__cell" data-label="Status">
        {r.firstOpenedAt ? STATUS_LABELS[r.status] : 'Not opened'}
        {r.riskLevel && (
          <>
            <br />
            Risk: {RISK_LABELS[r.riskLevel].toLowerCase()}
          </>
        )}
        {r.assignedTo && (
          <>
            <br />
            Assigned to {r.assignedTo.name}
          </>
        )}
        <br />
        <span className="govuk-body-s">Last activity {formatDateTime(r.lastActivityAt)}</span>
      </td>
      {!oneSchool && (
        <td className="govuk-table__cell" data-label="School">
          {r.school?.name ?? 'Front door'}
        </td>
      )}
    </tr>
  );
}

const STILL_HAPPENING: Record<'NO' | 'NOT_SURE', string> = {
  NO: 'Stopped',
  NOT_SURE: 'Not sure if still happening',
};

/** "Year 8, age 13", "Reception", "Age 9": what the parent told us of the child's age and school year. */
function childWords({ childYear, childAge }: CaseListRow): string {
  const age = childAge === null ? null : `age ${childAge}`;
  if (childYear !== null) return [schoolYearLabel(childYear), age].filter(Boolean).join(', ');
  return age ? `Age ${childAge}` : 'Age and year not given';
}
