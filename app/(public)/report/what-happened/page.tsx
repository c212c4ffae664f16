import type { Metadata } from 'next';
import {
  choicesOf,
  PERSON_WAS_ADULT_WORDS,
  WHEN_WORDS,
  YES_NO_UNSURE_WORDS,
} from '@/lib/reporting/answer-words';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { saveWhatHappened } from '@/lib/reporting/journey-actions';
import { listActiveHarmCategories } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'What happened?' };

export default async function WhatHappenedPage() {
  const [answers, partnership] = await Promise.all([currentAnswers(), getPublicPartnership()]);
  const harms = partnership ? await listActiveHarmCategories(partnership.id) : [];
  const yesNo = choicesOf(YES_NO_UNSURE_WORDS);
  return (
    <QuestionPage back={backFrom('/report/what-happened', answers)}>
      <h1 className="govuk-heading-l">What happened?</h1>
      <QuestionForm
        action={saveWhatHappened}
        schema="whatHappened"
        values={{
          harms: answers.harms,
          harmOther: answers.harmOther,
          personWasAdult: answers.personWasAdult,
          happened: answers.happened,
          stillHappening: answers.stillHappening,
          childKnows: answers.childKnows,
        }}
        fields={[
          {
            kind: 'choices',
            type: 'checkbox',
            name: 'harms',
            legend: 'What happened to the child?',
            hint: 'Choose all that fit.',
            small: true,
            choices: harms.map((h) => ({
              value: h.id,
              label: h.name,
              hint: h.hint ?? undefined,
              conditional: h.isOther
                ? [{ kind: 'text', name: 'harmOther', label: 'Tell us what else happened' }]
                : undefined,
            })),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'personWasAdult',
            legend: 'Do you think the person was an adult? (optional)',
            hint: 'The person who contacted the child or asked them for something. Your best guess is fine.',
            small: true,
            choices: choicesOf(PERSON_WAS_ADULT_WORDS),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'happened',
            legend: 'When did it happen?',
            hint: 'Your best guess is fine.',
            small: true,
            choices: choicesOf(WHEN_WORDS),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'stillHappening',
            legend: 'Is it still happening?',
            small: true,
            choices: yesNo,
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'childKnows',
            legend: 'Does the child know you are telling us?',
            small: true,
            choices: yesNo,
          },
        ]}
      />
    </QuestionPage>
  );
}
