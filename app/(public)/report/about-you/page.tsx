import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { RELATIONSHIP_WORDS } from '@/lib/reporting/answer-words';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveAboutYou } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.aboutYou.title');

export default async function AboutYouPage() {
  const [a, t, words] = await Promise.all([currentAnswers(), getTranslations(), getFormWords()]);
  const say = (key: string) => t(`report.aboutYou.${key}`);
  return (
    <QuestionPage back={backFrom('/report/about-you', a)}>
      <h1 className="govuk-heading-l">{say('title')}</h1>
      <QuestionForm
        action={saveAboutYou}
        schema="aboutYou"
        words={words}
        submitLabel={t('report.continue')}
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
            legend: say('relationship'),
            small: true,
            choices: Object.keys(RELATIONSHIP_WORDS).map((value) => ({
              value,
              label: t(`answers.relationship.${value}`),
              conditional:
                value === 'OTHER'
                  ? [{ kind: 'text' as const, name: 'relationshipOther', label: say('relationshipOther') }]
                  : undefined,
            })),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'contact',
            legend: say('contact'),
            hint: say('contactHint'),
            choices: [
              {
                value: 'CONTACT',
                label: say('yes'),
                hint: say('yesHint'),
                conditional: [
                  {
                    kind: 'text',
                    name: 'reporterName',
                    label: say('name'),
                    autoComplete: 'name',
                    spellCheck: false,
                  },
                  {
                    kind: 'text',
                    name: 'reporterEmail',
                    label: say('email'),
                    hint: say('emailHint'),
                    type: 'email',
                    autoComplete: 'email',
                    spellCheck: false,
                  },
                  {
                    kind: 'text',
                    name: 'reporterPhone',
                    label: say('phone'),
                    type: 'tel',
                    autoComplete: 'tel',
                    width: 20,
                  },
                  {
                    kind: 'text',
                    name: 'reporterSafeTimes',
                    label: say('safeTimes'),
                    hint: say('safeTimesHint'),
                  },
                ],
              },
              { value: 'ANONYMOUS', label: say('anonymous'), hint: say('anonymousHint') },
            ],
          },
        ]}
      />
    </QuestionPage>
  );
}
