import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { findOpenInvitation } from '@/lib/auth/invitations/find-invitation';
import { InvitationForm } from './invitation-form';

export const metadata: Metadata = { title: 'Accept your invitation' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) redirect('/invitation/expired');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <InvitationForm
          token={token}
          email={invitation.email}
          name={invitation.name}
          hasAccount={invitation.hasAccount}
        />
      </div>
    </div>
  );
}
