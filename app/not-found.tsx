import Link from 'next/link';
import { PhoneLink } from '@/components/phone-link';
import { SiteFrame } from '@/components/site-frame';
import { isAddressSetUp } from '@/lib/partnerships/is-address-set-up';

// Shown in place of the area's layout, so it draws the page frame itself: a signed-in member of staff keeps
// their header (and a way back to their pages), everyone else gets the public one. At an address no
// partnership is set up for it says only that: no list of partnerships, nothing else from the database.
export default async function NotFound() {
  if (!(await isAddressSetUp())) {
    return (
      <SiteFrame area="staff">
        <h1 className="govuk-heading-l">This service is not set up at this address</h1>
        <p className="govuk-body">Check the web address you were given, or ask whoever gave it to you.</p>
        <p className="govuk-body">
          If a child is in danger now, call <PhoneLink number="999" />.
        </p>
      </SiteFrame>
    );
  }
  return (
    <SiteFrame area="staff">
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          Go to the start page
        </Link>
      </p>
    </SiteFrame>
  );
}
