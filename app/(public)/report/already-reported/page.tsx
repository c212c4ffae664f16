import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { REPORTED_TO_PLATFORM_WORDS } from '@/lib/reporting/answer-words';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveAlreadyReported } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.alreadyReported.title');

/** Optional: a parent who does not want to say presses Continue. */
export default async function AlreadyReportedPage() {
  const [answers, t, words] = await Promise.all([currentAnswers(), getTranslations(), getFormWords()]);
  return (
    <QuestionPage back={backFrom('/report/already-reported', answers)}>
      <QuestionForm
        action={saveAlreadyReported}
        schema="alreadyReported"
        words={words}
        submitLabel={t('report.continue')}
        values={{ reportedToPlatform: answers.reportedToPlatform }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'reportedToPlatform',
            legend: t('report.alreadyReported.title'),
            hint: t('report.alreadyReported.hint'),
            isPageHeading: true,
            choices: Object.keys(REPORTED_TO_PLATFORM_WORDS).map((value) => ({
              value,
              label: t(`answers.reportedToPlatform.${value}`),
            })),
          },
        ]}
      />
    </QuestionPage>
  );
}
