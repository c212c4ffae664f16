import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PlatformWarnings } from '@/components/platform-warnings';
import { PhoneLink } from '@/components/phone-link';

/** A phone number in a catalogue message (its <phone> tag), as a link that calls it. */
const phone = (number: ReactNode) => <PhoneLink number={String(number)} />;

export default async function StartPage() {
  const t = await getTranslations('start');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('title')}</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('warning')}</span>
            {t.rich('danger', { phone })}
          </strong>
        </div>
        <p className="govuk-body">{t('intro')}</p>
        <h2 className="govuk-heading-m">{t('whoHeading')}</h2>
        <p className="govuk-body">{t('who')}</p>
        <h2 className="govuk-heading-m">{t('nextHeading')}</h2>
        <p className="govuk-body">{t('next')}</p>
        <p className="govuk-body">{t('time')}</p>
        <Link
          href="/report/danger"
          role="button"
          draggable="false"
          className="govuk-button govuk-button--start"
          data-module="govuk-button"
        >
          {t('startNow')}
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <PlatformWarnings />
        <h2 className="govuk-heading-m">{t('notForHeading')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t.rich('notForEmergencies', { phone })}</li>
          <li>{t.rich('notForCrime', { phone, emergency: phone })}</li>
          <li>{t('notForStaff')}</li>
        </ul>
        <h2 className="govuk-heading-m">{t('alreadyHeading')}</h2>
        <p className="govuk-body">
          <Link className="govuk-link" href="/check">
            {t('check')}
          </Link>
        </p>
      </div>
      <div className="govuk-grid-column-one-third">
        <h2 className="govuk-heading-s">{t('helpHeading')}</h2>
        <ul className="govuk-list">
          <li>{t.rich('nspcc', { phone })}</li>
          <li>{t.rich('childline', { phone })}</li>
          <li>
            <Link className="govuk-link" href="/advice">
              {t('advice')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
