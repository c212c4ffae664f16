import type { Metadata } from 'next';
import { LinkExpired } from '@/components/auth/link-expired';

export const metadata: Metadata = { title: 'This invitation has expired' };

export default function InvitationExpiredPage() {
  return (
    <LinkExpired title="This invitation has expired">
      <p className="govuk-body">
        Invitations work once, for 7 days, and can be cancelled. Ask your service administrator to invite you
        again.
      </p>
    </LinkExpired>
  );
}
