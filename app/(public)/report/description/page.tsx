import type { Metadata } from 'next';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveDescription } from '@/lib/reporting/journey-actions';
import { DESCRIPTION_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'Tell us what happened' };

export default async function DescriptionPage() {
  const answers = await currentAnswers();
  return (
    <QuestionPage back={backFrom('/report/description', answers)}>
      <QuestionForm
        action={saveDescription}
        schema="description"
        values={{ description: answers.description }}
        fields={[
          {
            kind: 'textarea',
            name: 'description',
            label: 'Tell us what happened',
            hint: 'Say what you saw or what the child told you, the name of any account involved, and anything that has been done already.',
            isPageHeading: true,
            maxLength: DESCRIPTION_MAX,
          },
        ]}
      />
    </QuestionPage>
  );
}
