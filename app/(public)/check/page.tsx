import type { Metadata } from 'next';
import { checkConcern } from '@/lib/follow-up/follow-up-actions';
import { QuestionForm } from '../question-form';
import { QuestionPage } from '../report/question-page';

export const metadata: Metadata = { title: 'Check or add to a report' };

export default function CheckPage() {
  return (
    <QuestionPage back="/">
      <h1 className="govuk-heading-l">Check or add to a report</h1>
      <p className="govuk-body">
        Use the reference and secret code you were given when you sent your report. You can see what is
        happening, read messages from the safeguarding team, reply, and add anything you forgot.
      </p>
      <QuestionForm
        action={checkConcern}
        schema="receiptCheck"
        fields={[
          {
            kind: 'text',
            name: 'reference',
            label: 'Reference',
            hint: 'For example, K7QM-4X9T',
            width: 10,
            spellCheck: false,
          },
          {
            kind: 'text',
            name: 'receipt',
            label: 'Secret code',
            hint: 'For example, 2BCD-3FGH-4JKM-5NPQ. Capital or small letters both work.',
            width: 20,
            spellCheck: false,
          },
        ]}
      />
    </QuestionPage>
  );
}
