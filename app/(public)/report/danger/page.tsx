import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveDanger } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.danger.title');

export default async function DangerPage() {
  const [answers, t, words] = await Promise.all([
    currentAnswers(),
    getTranslations('report'),
    getFormWords(),
  ]);
  const selected = answers.urgent === undefined ? undefined : answers.urgent ? 'yes' : 'no';
  return (
    <QuestionPage back={backFrom('/report/danger', answers)}>
      <QuestionForm
        action={saveDanger}
        schema="danger"
        words={words}
        submitLabel={t('continue')}
        values={{ immediateDanger: selected }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'immediateDanger',
            legend: t('danger.title'),
            hint: t('danger.hint'),
            isPageHeading: true,
            choices: [
              { value: 'yes', label: t('danger.yes') },
              { value: 'no', label: t('danger.no') },
            ],
          },
        ]}
      />
    </QuestionPage>
  );
}
