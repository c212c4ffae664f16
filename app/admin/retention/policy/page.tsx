import type { Metadata } from 'next';
import Link from 'next/link';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { getRetentionPolicy } from '@/lib/retention/get-retention-policy';
import { PolicyForm } from './policy-form';

export const metadata: Metadata = { title: 'Change the retention policy' };

export default async function RetentionPolicyPage() {
  const user = await requirePermission('retention.manage');
  const policy = await getRetentionPolicy(partnershipFor(user, 'retention.manage'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/retention" className="govuk-back-link">
          Back to retention
        </Link>
        <h1 className="govuk-heading-l">Change the retention policy</h1>
        <p className="govuk-body">
          A change applies to every concern already held, not only to new ones. Before anything is saved you
          will see how many concerns it would delete.
        </p>
        <PolicyForm
          current={{
            keepUntilChildAge: String(policy.keepUntilChildAge),
            yearsAfterClosure: String(policy.yearsAfterClosure),
            auditYears: String(policy.auditYears),
          }}
        />
      </div>
    </div>
  );
}
