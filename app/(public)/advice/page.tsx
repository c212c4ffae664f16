import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('advice.title');

const phone = (number: ReactNode) => <PhoneLink number={String(number)} />;

export default async function AdvicePage() {
  const t = await getTranslations('advice');
  const list = (keys: string[]) => (
    <ul className="govuk-list govuk-list--bullet">
      {keys.map((key) => (
        <li key={key}>{t.rich(key, { phone })}</li>
      ))}
    </ul>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <h2 className="govuk-heading-m">{t('talkingHeading')}</h2>
        {list(['talkCalm', 'talkThank', 'talkSecret', 'talkPhone', 'talkContact'])}
        <h2 className="govuk-heading-m">{t('picturesHeading')}</h2>
        <p className="govuk-body">{t('pictures')}</p>
        <h2 className="govuk-heading-m">{t('settingsHeading')}</h2>
        {list(['settingsControls', 'settingsAge', 'settingsBlock', 'settingsPrivate', 'settingsNight'])}
        <h2 className="govuk-heading-m">{t('helpHeading')}</h2>
        {list(['help999', 'helpNspcc', 'helpChildline', 'helpCeop'])}
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/danger">
            {t('tellSchool')}
          </Link>
        </p>
      </div>
    </div>
  );
}
