import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('accessibility.title');

export default async function AccessibilityPage() {
  const t = await getTranslations('accessibility');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <ul className="govuk-list govuk-list--bullet">
          {['zoom', 'phone', 'keyboard', 'screenReader', 'noScript'].map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{t('howHeading')}</h2>
        <p className="govuk-body">{t('how')}</p>
        <h2 className="govuk-heading-m">{t('problemHeading')}</h2>
        <p className="govuk-body">{t('problem')}</p>
        <h2 className="govuk-heading-m">{t('enforcementHeading')}</h2>
        <p className="govuk-body">{t('enforcement')}</p>
        <h2 className="govuk-heading-m">{t('knownHeading')}</h2>
        <p className="govuk-body">{t('known')}</p>
      </div>
    </div>
  );
}
