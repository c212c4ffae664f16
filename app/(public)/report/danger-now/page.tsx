import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, continueFrom } from '@/lib/reporting/journey';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.dangerNow.title');

const PATH = '/report/danger-now';

export default async function DangerNowPage() {
  // A parent who changed this answer from "Check your answers" goes back there, not through every question.
  const [answers, t] = await Promise.all([currentAnswers(), getTranslations('report')]);
  return (
    <QuestionPage back={backFrom(PATH, answers)}>
      <h1 className="govuk-heading-l">{t('dangerNow.title')}</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('warning')}</span>
          {t.rich('dangerNow.warning', { phone: (number) => <PhoneLink number={String(number)} /> })}
        </strong>
      </div>
      <h2 className="govuk-heading-m">{t('dangerNow.ceopHeading')}</h2>
      <p className="govuk-body">{t('dangerNow.ceop')}</p>
      <h2 className="govuk-heading-m">{t('dangerNow.schoolHeading')}</h2>
      <p className="govuk-body">{t('dangerNow.school')}</p>
      <Link
        href={continueFrom(PATH, answers)}
        className="govuk-button"
        data-module="govuk-button"
        role="button"
        draggable="false"
      >
        {t('dangerNow.continue')}
      </Link>
    </QuestionPage>
  );
}
