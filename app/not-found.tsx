import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/phone-link';
import { SiteFrame } from '@/components/site-frame';
import { isAddressSetUp } from '@/lib/partnerships/is-address-set-up';

// Shown in place of the area's layout, so it draws the page frame itself: a signed-in member of staff keeps
// their header (and a way back to their pages), everyone else gets the public one. At an address no
// partnership is set up for it says only that: no list of partnerships, nothing else from the database.
// There it is in English (no partnership offers another language there); elsewhere in the reader's.
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
  const t = await getTranslations('notFound');
  return (
    <SiteFrame area="staff">
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('typed')}</p>
      <p className="govuk-body">{t('pasted')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {t('start')}
        </Link>
      </p>
    </SiteFrame>
  );
}
