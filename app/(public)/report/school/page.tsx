import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { searchSchools } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';
import { SchoolTypeahead } from './school-typeahead';

export const generateMetadata = pageTitle('report.school.title');

export default async function SchoolSearchPage() {
  const [answers, t, words] = await Promise.all([
    currentAnswers(),
    getTranslations('report'),
    getFormWords(),
  ]);
  return (
    <QuestionPage back={backFrom('/report/school', answers)}>
      <QuestionForm
        action={searchSchools}
        schema="schoolSearch"
        words={words}
        submitLabel={t('search')}
        values={{ schoolQuery: answers.schoolQuery }}
        fields={[
          {
            kind: 'text',
            type: 'search',
            name: 'schoolQuery',
            label: t('school.title'),
            hint: t('school.hint'),
            isPageHeading: true,
            spellCheck: false,
          },
        ]}
      />
      <SchoolTypeahead inputId="schoolQuery" noResults={t('school.noResults')} />
      <p className="govuk-body">
        <Link className="govuk-link" href="/report/school/results">
          {t('school.noSchool')}
        </Link>
      </p>
    </QuestionPage>
  );
}
