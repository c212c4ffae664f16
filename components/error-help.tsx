'use client';

import { PhoneLink } from '@/components/phone-link';

/**
 * The part every error page shares: the reference staff can look up in the logs (never the error's message)
 * and what to do if a child is in danger.
 */
export function ErrorHelp({ digest }: { digest?: string }) {
  return (
    <>
      {digest && <p className="govuk-body">If you contact us about this, give this reference: {digest}</p>}
      <p className="govuk-body">
        If a child is in danger right now, call <PhoneLink number="999" />.
      </p>
    </>
  );
}
