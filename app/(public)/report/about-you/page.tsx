import type { Metadata } from 'next';
import { choicesOf, RELATIONSHIP_WORDS } from '@/lib/reporting/answer-words';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveAboutYou } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'About you' };

export default async function AboutYouPage() {
  const a = await currentAnswers();
  return (
    <QuestionPage back={backFrom('/report/about-you', a)}>
      <h1 className="govuk-heading-l">About you</h1>
      <QuestionForm
        action={saveAboutYou}
        schema="aboutYou"
        values={{
          relationship: a.relationship,
          relationshipOther: a.relationshipOther,
          contact: a.contact,
          reporterName: a.reporterName,
          reporterEmail: a.reporterEmail,
          reporterPhone: a.reporterPhone,
          reporterSafeTimes: a.reporterSafeTimes,
        }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'relationship',
            legend: 'How do you know the child?',
            small: true,
            choices: choicesOf(RELATIONSHIP_WORDS).map((c) =>
              c.value === 'OTHER'
                ? {
                    ...c,
                    conditional: [
                      { kind: 'text', name: 'relationshipOther', label: 'Tell us how you know the child' },
                    ],
                  }
                : c,
            ),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'contact',
            legend: 'Can the school’s safeguarding team contact you?',
            hint: 'Either way, you get a reference and a secret code so you can read their messages and reply here.',
            choices: [
              {
                value: 'CONTACT',
                label: 'Yes, they can contact me',
                hint: 'Give your details below. They can call or email you to ask questions and tell you what is being done. Only they will see your details.',
                conditional: [
                  {
                    kind: 'text',
                    name: 'reporterName',
                    label: 'Your name',
                    autoComplete: 'name',
                    spellCheck: false,
                  },
                  {
                    kind: 'text',
                    name: 'reporterEmail',
                    label: 'Email address',
                    hint: 'We will email you your reference. We never email what you told us.',
                    type: 'email',
                    autoComplete: 'email',
                    spellCheck: false,
                  },
                  {
                    kind: 'text',
                    name: 'reporterPhone',
                    label: 'Phone number',
                    type: 'tel',
                    autoComplete: 'tel',
                    width: 20,
                  },
                  {
                    kind: 'text',
                    name: 'reporterSafeTimes',
                    label: 'When is it safe to contact you? (optional)',
                    hint: 'For example, weekdays after 6pm, or do not leave a voicemail.',
                  },
                ],
              },
              {
                value: 'ANONYMOUS',
                label: 'No, I want to stay anonymous',
                hint: 'We will not know who you are. The team can only talk to you through this website, when you check with your reference and secret code.',
              },
            ],
          },
        ]}
      />
    </QuestionPage>
  );
}
