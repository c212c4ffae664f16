import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { getSessionUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign out' };

// A form, not a link: signing out changes state, so it is a POST (to app/api/sign-out).
export default async function SignOutPage() {
  if (!(await getSessionUser())) redirect('/sign-in');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign out</h1>
        <p className="govuk-body">This signs you out on every device where you are signed in.</p>
        <form method="post" action="/api/sign-out">
          <FormReferrerPolicy />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
