import type { Metadata } from 'next';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveChild } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'About the child' };

const yearWords = (year: number | null | undefined) =>
  year == null ? undefined : year === 0 ? 'Reception' : `Year ${year}`;

export default async function ChildPage() {
  const answers = await currentAnswers();
  return (
    <QuestionPage back={backFrom('/report/child', answers)}>
      <h1 className="govuk-heading-l">About the child</h1>
      <p className="govuk-body">
        We only ask for enough to help the school know which child you mean. Please do not give their full
        name, address or date of birth: the less we keep about a child, the safer it is.
      </p>
      <QuestionForm
        action={saveChild}
        schema="child"
        values={{
          childName: answers.childName,
          childAge: answers.childAge?.toString(),
          childYear: yearWords(answers.childYear),
        }}
        fields={[
          {
            kind: 'text',
            name: 'childName',
            label: 'Their first name or initials (optional)',
            hint: 'For example, Sam or S.J.',
            width: 10,
            autoComplete: 'off',
          },
          {
            kind: 'text',
            name: 'childAge',
            label: 'How old are they?',
            hint: 'Give their age, their school year, or both.',
            width: 2,
            inputMode: 'numeric',
          },
          {
            kind: 'text',
            name: 'childYear',
            label: 'What year are they in at school?',
            hint: 'For example, Year 5 or Reception.',
            width: 10,
          },
        ]}
      />
    </QuestionPage>
  );
}
