import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { getConfirmation } from '@/lib/reporting/get-confirmation';
import { keepCode } from '@/lib/reporting/keep-code-actions';
import { KeepCodeForm } from './keep-code-form';
import { PrintButton } from '@/components/print-button';
import { NextSteps } from './next-steps';
import { type ConfirmationWords, UrgentHelp } from './urgent-help';
import { PhoneLink } from '@/components/phone-link';

export const generateMetadata = pageTitle('confirmation.title');

const phone = (number: ReactNode) => <PhoneLink number={String(number)} />;

export default async function ConfirmationPage() {
  const [sent, partnership, t, words] = await Promise.all([
    getConfirmation(),
    getPublicPartnership(),
    getTranslations('confirmation'),
    getFormWords(),
  ]);
  const content = (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">{t('title')}</h1>
        {sent && (
          <div className="govuk-panel__body">
            {t('reference')}
            <br />
            <strong className="app-code" data-testid="reference">
              {sent.reference}
            </strong>
          </div>
        )}
      </div>
      {sent?.receipt ? (
        <SecretCode code={sent.receipt} t={t} />
      ) : (
        <p className="govuk-body">{t('thankYou')}</p>
      )}
      {sent?.urgent && <UrgentHelp outOfHoursPhone={partnership?.outOfHoursPhone ?? null} t={t} />}
      <WhatHappensNext urgent={sent?.urgent === true} t={t} />
      {sent && <NextSteps steps={sent.nextSteps} partnershipId={partnership?.id ?? null} />}
    </>
  );
  const keepText = {
    heading: t('keepHeading'),
    label: t('keepLabel'),
    hint: t('keepHint'),
    checking: t('checking'),
    submit: t('checkCode'),
    cannotKeep: t('cannotKeep'),
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {/* Leaving needs the code typed back; only this journey's cookie shows the code or takes it back. */}
        {sent?.receipt ? (
          <KeepCodeForm action={keepCode} text={keepText} words={words}>
            {content}
          </KeepCodeForm>
        ) : (
          content
        )}
      </div>
    </div>
  );
}

function SecretCode({ code, t }: { code: string; t: ConfirmationWords }) {
  return (
    <>
      <h2 className="govuk-heading-m">{t('codeHeading')}</h2>
      <p className="govuk-body-l app-code" data-testid="receipt">
        <strong>{code}</strong>
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('warning')}</span>
          {t('writeDown')}
        </strong>
      </div>
      <PrintButton label={t('print')} />
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href="/report/confirmation/proof">
          {t('proof')}
        </Link>
      </p>
    </>
  );
}

function WhatHappensNext({ urgent, t }: { urgent: boolean; t: ConfirmationWords }) {
  return (
    <>
      <h2 className="govuk-heading-m">{t('nextHeading')}</h2>
      <p className="govuk-body">
        {t(urgent ? 'urgentFirst' : 'schoolDays')} {t('mayContact')}
      </p>
      <p className="govuk-body">
        {t.rich('checkLater', {
          check: (words) => (
            <Link className="govuk-link" href="/check">
              {words}
            </Link>
          ),
        })}
      </p>
      <h2 className="govuk-heading-m">{t('helpHeading')}</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t.rich('help999', { phone })}</li>
        <li>{t.rich('nspcc', { phone })}</li>
        <li>{t.rich('childline', { phone })}</li>
        <li>
          <Link className="govuk-link" href="/advice">
            {t('advice')}
          </Link>
        </li>
      </ul>
    </>
  );
}
