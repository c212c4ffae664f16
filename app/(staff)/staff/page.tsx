import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { staffDestinations } from '@/lib/auth/staff-destinations';

export const metadata: Metadata = { title: 'Your account' };

// Signing in lands on each person's main page; this page stays for the account itself (and for anyone
// with no role yet). Signing out is in the staff header.
export default async function StaffHomePage() {
  const user = await requireUser();
  const destinations = staffDestinations(user);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Signed in as {user.name}</h1>
        {user.partnership && <p className="govuk-body">You are working for {user.partnership.name}.</p>}
        {destinations.length > 0 ? (
          <ul className="govuk-list">
            {destinations.map((d) => (
              <li key={d.href}>
                <Link className="govuk-link" href={d.href}>
                  {d.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Your account has no role yet. Ask your service administrator.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" href="/staff/urgency">
            What makes a report urgent
          </Link>
        </p>
        <h2 className="govuk-heading-m">Your account</h2>
        <ul className="govuk-list">
          {user.partnerships.length > 1 && (
            <li>
              <Link className="govuk-link" href="/staff/partnership">
                Change the partnership you are working for
              </Link>
            </li>
          )}
          <li>
            <Link className="govuk-link" href="/staff/password">
              Change your password
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
