import Link from 'next/link';
import { SiteFrame } from '@/components/site-frame';

// Shown in place of the area's layout, so it draws the page frame itself: a signed-in member of staff keeps
// their header (and a way back to their pages), everyone else gets the public one.
export default function NotFound() {
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
