import type { Metadata } from 'next';
import Link from 'next/link';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { searchSchools } from '@/lib/reporting/journey-actions';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';
import { SchoolTypeahead } from './school-typeahead';

export const metadata: Metadata = { title: 'Which school does the child go to?' };

export default async function SchoolSearchPage() {
  const answers = await currentAnswers();
  return (
    <QuestionPage back={backFrom('/report/school', answers)}>
      <QuestionForm
        action={searchSchools}
        schema="schoolSearch"
        submitLabel="Search"
        values={{ schoolQuery: answers.schoolQuery }}
        fields={[
          {
            kind: 'text',
            type: 'search',
            name: 'schoolQuery',
            label: 'Which school does the child go to?',
            hint: 'Type part of the school’s name, the town it is in, or its postcode.',
            isPageHeading: true,
            spellCheck: false,
          },
        ]}
      />
      <SchoolTypeahead inputId="schoolQuery" />
      <p className="govuk-body">
        <Link className="govuk-link" href="/report/school/results">
          The child is not at school, or the school is not in this area
        </Link>
      </p>
    </QuestionPage>
  );
}
