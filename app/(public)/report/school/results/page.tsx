import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom } from '@/lib/reporting/journey';
import { chooseSchool } from '@/lib/reporting/journey-actions';
import { searchSchools } from '@/lib/reporting/search-schools';
import { QuestionForm } from '../../../question-form';
import { QuestionPage } from '../../question-page';

export const generateMetadata = pageTitle('report.schoolResults.title');

export default async function SchoolResultsPage() {
  const [answers, t, words] = await Promise.all([currentAnswers(), getTranslations(), getFormWords()]);
  const query = answers.schoolQuery ?? '';
  const schools = query ? await searchSchools(query) : [];
  const found = schools.map((s) => ({
    value: s.id,
    label: s.name,
    hint: [s.town, s.postcode].filter(Boolean).join(', '),
  }));
  return (
    <QuestionPage back={backFrom('/report/school/results', answers)}>
      {query && (
        <p className="govuk-body" role="status">
          {t('report.schoolResults.matches', { count: schools.length, query })}{' '}
          <Link className="govuk-link" href="/report/school">
            {t('report.schoolResults.searchAgain')}
          </Link>
        </p>
      )}
      <QuestionForm
        action={chooseSchool}
        schema="schoolChoice"
        words={words}
        submitLabel={t('report.continue')}
        values={{ school: answers.school, schoolOther: answers.schoolOther }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'school',
            legend: t('report.schoolResults.question'),
            hint: t('report.schoolResults.hint'),
            isPageHeading: true,
            choices: [
              ...found,
              {
                value: 'NOT_FOUND',
                label: t('answers.noSchool.NOT_FOUND'),
                dividerBefore: found.length > 0,
              },
              { value: 'OUTSIDE_AREA', label: t('answers.noSchool.OUTSIDE_AREA') },
              { value: 'NOT_AT_SCHOOL', label: t('answers.noSchool.NOT_AT_SCHOOL') },
            ],
          },
          { kind: 'text', name: 'schoolOther', label: t('report.schoolResults.other'), spellCheck: false },
        ]}
      />
    </QuestionPage>
  );
}
