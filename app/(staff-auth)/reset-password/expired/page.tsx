import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkExpired } from '@/components/auth/link-expired';

export const metadata: Metadata = { title: 'This link has expired' };

export default function ResetLinkExpiredPage() {
  return (
    <LinkExpired title="This link has expired">
      <p className="govuk-body">Links to reset a password work once, for 1 hour.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/forgotten-password">
          Ask for a new link
        </Link>
      </p>
    </LinkExpired>
  );
}
