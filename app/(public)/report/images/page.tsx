import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, continueFrom } from '@/lib/reporting/journey';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.images.title');

const PATH = '/report/images';

export default async function ImagesPage() {
  const [answers, t] = await Promise.all([currentAnswers(), getTranslations('report')]);
  return (
    <QuestionPage back={backFrom(PATH, answers)}>
      <h1 className="govuk-heading-l">{t('images.title')}</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('warning')}</span>
          {t('images.warning')}
        </strong>
      </div>
      <p className="govuk-body">{t('images.noUpload')}</p>
      <h2 className="govuk-heading-m">{t('images.takeDownHeading')}</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('images.iwf')}</li>
        <li>{t('images.reportRemove')}</li>
      </ul>
      <Link
        href={continueFrom(PATH, answers)}
        className="govuk-button"
        data-module="govuk-button"
        role="button"
        draggable="false"
      >
        {t('continue')}
      </Link>
    </QuestionPage>
  );
}
