import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('report.busy.title');

const phone = (number: unknown) => <PhoneLink number={String(number)} />;

/** Where a new journey is sent when its address has started too many, or too many are kept at once. */
export default async function BusyPage() {
  const t = await getTranslations('report');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('busy.title')}</h1>
        <p className="govuk-body">{t('busy.body')}</p>
        <p className="govuk-body">{t.rich('helpNow', { phone })}</p>
        <p className="govuk-body">{t.rich('nspcc', { phone })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/danger">
            {t('busy.again')}
          </Link>
        </p>
      </div>
    </div>
  );
}
