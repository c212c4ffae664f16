import type { Metadata } from 'next';
import { adminPartnershipId } from '@/lib/accounts/admin-partnership';
import { requirePermission } from '@/lib/auth/session';
import { PREVIEW_DAYS, previewRetention } from '@/lib/retention/preview-retention';

export const metadata: Metadata = { title: 'Retention' };

const day = (d: Date) =>
  d.toLocaleDateString('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

export default async function RetentionPage() {
  const user = await requirePermission('retention.manage');
  const preview = await previewRetention(adminPartnershipId(user, 'retention.manage'));
  return (
    <>
      <h1 className="govuk-heading-l">What will be deleted in the next {PREVIEW_DAYS} days</h1>
      <p className="govuk-body">
        Closed concerns are kept until the child would be {preview.policy.keepUntilChildAge}, or{' '}
        {preview.policy.yearsAfterClosureWhenAgeUnknown} years after closing when their age is not known.
        Nothing is deleted automatically yet: this is what the policy would remove.
      </p>
      <h2 className="govuk-heading-m">Due for deletion by {day(preview.horizon)}</h2>
      {preview.toDelete.length === 0 ? (
        <p className="govuk-body">Nothing.</p>
      ) : (
        <ConcernDates rows={preview.toDelete} />
      )}
      <h2 className="govuk-heading-m">Kept because of a legal hold</h2>
      {preview.held.length === 0 ? <p className="govuk-body">None.</p> : <ConcernDates rows={preview.held} />}
    </>
  );
}

function ConcernDates({
  rows,
}: {
  rows: {
    id: string;
    reference: string;
    closedAt: Date | null;
    due: Date;
    school: { name: string } | null;
  }[];
}) {
  return (
    <table className="govuk-table">
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            School
          </th>
          <th scope="col" className="govuk-table__header">
            Closed
          </th>
          <th scope="col" className="govuk-table__header">
            Due for deletion
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell">{r.reference}</td>
            <td className="govuk-table__cell">{r.school?.name ?? 'Front-door team'}</td>
            <td className="govuk-table__cell">{r.closedAt ? day(r.closedAt) : ''}</td>
            <td className="govuk-table__cell">{day(r.due)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
