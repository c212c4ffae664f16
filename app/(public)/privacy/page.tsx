import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPublicBrand } from '@/lib/partnerships/get-public-brand';

export const generateMetadata = pageTitle('privacy.title');

const bdi = (words: ReactNode) => <bdi>{words}</bdi>;

/** In the parent's language around the partnership's own notice and names, which stay as written. */
export default async function PrivacyPage() {
  const [brand, t] = await Promise.all([getPublicBrand(), getTranslations('privacy')]);
  const controller = brand.dataControllerName ?? brand.name;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t.rich('controller', { partnership: brand.name, controller, bdi })}</p>
        {brand.privacyNoticeText &&
          brand.privacyNoticeText.split(/\n\s*\n/).map((paragraph, i) => (
            <p className="govuk-body" key={i}>
              {paragraph}
            </p>
          ))}
        {brand.privacyNoticeUrl && (
          <p className="govuk-body">
            <a className="govuk-link" href={brand.privacyNoticeUrl} rel="noreferrer">
              {t.rich('fullNotice', { controller, bdi })}
            </a>
          </p>
        )}
        <h2 className="govuk-heading-m">{t('keepHeading')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('keepAnswers')}</li>
          <li>{t('keepContact')}</li>
          <li>{t('keepMessages')}</li>
        </ul>
        <p className="govuk-body">{t('notKept')}</p>
        <h2 className="govuk-heading-m">{t('whoHeading')}</h2>
        <p className="govuk-body">{t('who')}</p>
        <h2 className="govuk-heading-m">{t('whyHeading')}</h2>
        <p className="govuk-body">{t('why')}</p>
        <h2 className="govuk-heading-m">{t('howLongHeading')}</h2>
        <p className="govuk-body">{t('howLong')}</p>
        <h2 className="govuk-heading-m">{t('rightsHeading')}</h2>
        <p className="govuk-body">
          {brand.generalPhone
            ? t.rich('rightsPhone', {
                number: brand.generalPhone,
                phone: () => <PhoneLink number={brand.generalPhone as string} />,
              })
            : t('rights')}{' '}
          {t('complain')}
        </p>
      </div>
    </div>
  );
}
