import Link from 'next/link';
import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { ROLE_LABELS } from '@/lib/accounts/invitation-schema';
import { listStaff } from '@/lib/accounts/manage-account';
import { listOpenInvitations } from '@/lib/accounts/manage-invitation';
import { requirePermission } from '@/lib/auth/session';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { AdminForm } from '../_components/admin-form';
import { changeInvitation } from './actions';
import { formatDate } from '@/lib/format/dates';
import { Table } from '@/components/govuk/table';

export const metadata: Metadata = { title: 'People' };

const DONE: Record<string, string> = {
  resent: 'The invitation has been sent again',
  cancelled: 'The invitation has been cancelled',
  removed: 'Their roles in this partnership have ended and they have been signed out',
};

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await requirePermission('staff.manage');
  const partnershipId = partnershipFor(user, 'staff.manage');
  const [staff, invitations] = await Promise.all([
    listStaff(partnershipId),
    listOpenInvitations(partnershipId),
  ]);
  const done = DONE[(await searchParams).done ?? ''];
  return (
    <>
      {done && <NotificationBanner success heading={done} />}
      <h1 className="govuk-heading-l">People</h1>
      <p className="govuk-body">
        <Link className="govuk-button" href="/admin/staff/invite">
          Invite someone
        </Link>
      </p>
      <h2 className="govuk-heading-m">Invitations not yet accepted</h2>
      {invitations.length === 0 && <p className="govuk-body">There are none.</p>}
      {invitations.map((inv) => (
        <div className="govuk-summary-card" key={inv.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {inv.name} ({inv.email})
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">
              {ROLE_LABELS[inv.role].replace(/ at a school$/, '')}
              {inv.school ? ` at ${inv.school.name}` : ''}.{' '}
              {inv.expiresAt < new Date()
                ? `The link expired on ${formatDate(inv.expiresAt)}.`
                : `The link works until ${formatDate(inv.expiresAt)}.`}
            </p>
            <div className="govuk-button-group">
              <AdminForm
                action={changeInvitation}
                fields={[]}
                hidden={{ invitationId: inv.id, change: 'resend' }}
                submitLabel={`Resend invitation to ${inv.email}`}
                secondary
              />
              <AdminForm
                action={changeInvitation}
                fields={[]}
                hidden={{ invitationId: inv.id, change: 'cancel' }}
                submitLabel={`Cancel invitation to ${inv.email}`}
                secondary
              />
            </div>
          </div>
        </div>
      ))}
      <h2 className="govuk-heading-m">Accounts</h2>
      <Table
        head={['Name', 'Roles', 'Status']}
        rows={staff.map((s) => ({
          key: s.id,
          cells: [
            <>
              <Link className="govuk-link" href={`/admin/staff/${s.id}`}>
                {s.name}
              </Link>
              <br />
              <span className="govuk-hint govuk-!-font-size-16">{s.email}</span>
            </>,
            s.memberships
              .map(
                (m) =>
                  `${ROLE_LABELS[m.role].replace(/ at a school$/, '')}${m.school ? ` at ${m.school.name}` : ''}`,
              )
              .join('; '),
            s.active ? 'Active' : 'Deactivated',
          ],
        }))}
      />
    </>
  );
}
