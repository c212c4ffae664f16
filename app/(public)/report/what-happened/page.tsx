import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { harmWords } from '@/lib/i18n/harm-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { PERSON_WAS_ADULT_WORDS, WHEN_WORDS, YES_NO_UNSURE_WORDS } from '@/lib/reporting/answer-words';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { saveWhatHappened } from '@/lib/reporting/journey-actions';
import { listActiveHarmCategories } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.whatHappened.title');

export default async function WhatHappenedPage() {
  const [answers, partnership, t, words] = await Promise.all([
    currentAnswers(),
    getPublicPartnership(),
    getTranslations(),
    getFormWords(),
  ]);
  const harms = partnership ? await listActiveHarmCategories(partnership.id) : [];
  // The same choices as answer-words.ts, each in the parent's language (catalogue `answers`).
  const choices = (group: string, words: Record<string, string>) =>
    Object.keys(words).map((value) => ({ value, label: t(`answers.${group}.${value}`) }));
  const yesNo = choices('yesNoUnsure', YES_NO_UNSURE_WORDS);
  return (
    <QuestionPage back={backFrom('/report/what-happened', answers)}>
      <h1 className="govuk-heading-l">{t('report.whatHappened.title')}</h1>
      <QuestionForm
        action={saveWhatHappened}
        schema="whatHappened"
        words={words}
        submitLabel={t('report.continue')}
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
            legend: t('report.whatHappened.harms'),
            hint: t('report.whatHappened.harmsHint'),
            small: true,
            // National categories in the parent's language; the partnership's own as it wrote them.
            choices: harms.map((h) => {
              const words = harmWords(t, h);
              return {
                value: h.id,
                label: words.name,
                hint: words.hint ?? undefined,
                conditional: h.isOther
                  ? [{ kind: 'text' as const, name: 'harmOther', label: t('report.whatHappened.harmOther') }]
                  : undefined,
              };
            }),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'personWasAdult',
            legend: t('report.whatHappened.adult'),
            hint: t('report.whatHappened.adultHint'),
            small: true,
            choices: choices('personWasAdult', PERSON_WAS_ADULT_WORDS),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'happened',
            legend: t('report.whatHappened.when'),
            hint: t('report.whatHappened.whenHint'),
            small: true,
            choices: choices('when', WHEN_WORDS),
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'stillHappening',
            legend: t('report.whatHappened.still'),
            small: true,
            choices: yesNo,
          },
          {
            kind: 'choices',
            type: 'radio',
            name: 'childKnows',
            legend: t('report.whatHappened.childKnows'),
            small: true,
            choices: yesNo,
          },
        ]}
      />
    </QuestionPage>
  );
}
