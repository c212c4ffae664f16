import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveChild } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.child.title');

export default async function ChildPage() {
  const [answers, t, words] = await Promise.all([
    currentAnswers(),
    getTranslations('report'),
    getFormWords(),
  ]);
  // The school year as the parent reads it back: "Year 5" or "Reception" in their language. (The form
  // reads "Year 5", "5" and "Reception"; a Welsh "Blwyddyn 5" shown back is read as 5 by the same rule.)
  const year = answers.childYear;
  const yearWords =
    year == null ? undefined : year === 0 ? t('child.reception') : t('child.yearNumber', { year });
  return (
    <QuestionPage back={backFrom('/report/child', answers)}>
      <h1 className="govuk-heading-l">{t('child.title')}</h1>
      <p className="govuk-body">{t('child.intro')}</p>
      <QuestionForm
        action={saveChild}
        schema="child"
        words={words}
        submitLabel={t('continue')}
        values={{
          childName: answers.childName,
          childAge: answers.childAge?.toString(),
          childYear: yearWords,
        }}
        fields={[
          {
            kind: 'text',
            name: 'childName',
            label: t('child.name'),
            hint: t('child.nameHint'),
            width: 10,
            autoComplete: 'off',
          },
          {
            kind: 'text',
            name: 'childAge',
            label: t('child.age'),
            hint: t('child.ageHint'),
            width: 2,
            inputMode: 'numeric',
          },
          { kind: 'text', name: 'childYear', label: t('child.year'), hint: t('child.yearHint'), width: 10 },
        ]}
      />
    </QuestionPage>
  );
}
