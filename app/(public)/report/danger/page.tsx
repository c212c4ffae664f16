import type { Metadata } from 'next';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveDanger } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'Is a child in danger right now?' };

export default async function DangerPage() {
  const answers = await currentAnswers();
  const selected = answers.urgent === undefined ? undefined : answers.urgent ? 'yes' : 'no';
  return (
    <QuestionPage back={backFrom('/report/danger', answers)}>
      <QuestionForm
        action={saveDanger}
        schema="danger"
        values={{ immediateDanger: selected }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'immediateDanger',
            legend: 'Is a child in danger right now?',
            hint: 'For example, someone is on their way to meet them, or they are being hurt or threatened now.',
            isPageHeading: true,
            choices: [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ],
          },
        ]}
      />
    </QuestionPage>
  );
}
