import type { Metadata } from 'next';
import Link from 'next/link';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission, userMay } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { PREVIEW_DAYS, previewRetention } from '@/lib/retention/preview-retention';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { DueTable, HeldTable, day } from './retention-tables';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Retention' };

const SAVED: Record<string, string> = {
  policy: 'The retention policy has been saved',
  hold: 'The legal hold has been placed',
  lifted: 'The legal hold has been lifted',
};

export default async function RetentionPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission('retention.manage');
  const preview = await previewRetention(partnershipFor(user, 'retention.manage'));
  const { saved } = await searchParams;
  const { policy } = preview;
  return (
    <>
      {saved && SAVED[saved] && <NotificationBanner success heading={SAVED[saved]} />}
      <h1 className="govuk-heading-l">Retention</h1>
      <h2 className="govuk-heading-m">The policy</h2>
      <SummaryList
        rows={[
          {
            key: 'Closed concerns, child’s age known',
            value: `Until the child would be ${policy.keepUntilChildAge}`,
          },
          { key: 'Closed concerns, age not known', value: `${policy.yearsAfterClosure} years after closing` },
          {
            key: 'A child’s file',
            value: `Every concern about one child is kept until the last is due. With a date of birth on the child’s record, until the end of the year the child turns ${policy.keepUntilChildAge}`,
          },
          { key: 'Audit trail', value: `${policy.auditYears} years` },
          {
            key: 'Unsent reports',
            value: `${getEnv().REPORT_DRAFT_HOURS} hours after the last change (set for the whole service)`,
          },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href="/admin/retention/policy">
          Change the retention policy
        </Link>
      </p>
      <p className="govuk-body">
        Every night, closed concerns past their date are deleted with their chronology, messages and
        referrals. The trends keep their counts. A record of each deletion (reference and dates, never the
        content) is kept.
      </p>
      <h2 className="govuk-heading-m">Due for deletion by {day(preview.horizon)}</h2>
      {preview.toDelete.length === 0 ? (
        <p className="govuk-body">Nothing is due in the next {PREVIEW_DAYS} days.</p>
      ) : (
        <DueTable rows={preview.toDelete} />
      )}
      <h2 className="govuk-heading-m">Kept because of a legal hold</h2>
      {userMay(user, 'legal-hold.manage') && (
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin/retention/legal-hold">
            Place a legal hold
          </Link>
        </p>
      )}
      {preview.held.length === 0 ? <p className="govuk-body">None.</p> : <HeldTable rows={preview.held} />}
    </>
  );
}
