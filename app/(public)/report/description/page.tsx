import { getTranslations } from 'next-intl/server';
import { characterCountWords } from '@/lib/i18n/character-count-words';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveDescription } from '@/lib/reporting/journey-actions';
import { DESCRIPTION_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.description.title');

export default async function DescriptionPage() {
  const [answers, t, words, countWords] = await Promise.all([
    currentAnswers(),
    getTranslations('report'),
    getFormWords(),
    characterCountWords(DESCRIPTION_MAX),
  ]);
  return (
    <QuestionPage back={backFrom('/report/description', answers)}>
      <QuestionForm
        action={saveDescription}
        schema="description"
        words={words}
        submitLabel={t('continue')}
        values={{ description: answers.description }}
        fields={[
          {
            kind: 'textarea',
            name: 'description',
            label: t('description.title'),
            hint: t('description.hint'),
            isPageHeading: true,
            maxLength: DESCRIPTION_MAX,
            countWords,
          },
        ]}
      />
    </QuestionPage>
  );
}
