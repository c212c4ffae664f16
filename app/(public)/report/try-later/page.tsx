import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('report.tryLater.title');

const phone = (number: unknown) => <PhoneLink number={String(number)} />;

export default async function TryLaterPage() {
  const t = await getTranslations('report');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('tryLater.title')}</h1>
        <p className="govuk-body">{t('tryLater.body')}</p>
        <p className="govuk-body">{t.rich('helpNow', { phone })}</p>
        <p className="govuk-body">{t.rich('nspcc', { phone })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/check">
            {t('tryLater.back')}
          </Link>
        </p>
      </div>
    </div>
  );
}
