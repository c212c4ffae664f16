import type { Metadata } from 'next';
import Link from 'next/link';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom } from '@/lib/reporting/journey';
import { chooseSchool } from '@/lib/reporting/journey-actions';
import { searchSchools } from '@/lib/reporting/search-schools';
import { QuestionForm } from '../../../question-form';
import { QuestionPage } from '../../question-page';

export const metadata: Metadata = { title: 'Choose the child’s school' };

export default async function SchoolResultsPage() {
  const answers = await currentAnswers();
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
          {schools.length === 0
            ? `No schools match “${query}”.`
            : `${schools.length} ${schools.length === 1 ? 'school matches' : 'schools match'} “${query}”.`}{' '}
          <Link className="govuk-link" href="/report/school">
            Search again
          </Link>
        </p>
      )}
      <QuestionForm
        action={chooseSchool}
        schema="schoolChoice"
        values={{ school: answers.school, schoolOther: answers.schoolOther }}
        fields={[
          {
            kind: 'choices',
            type: 'radio',
            name: 'school',
            legend: 'Which school does the child go to?',
            hint: 'If the school is not here, choose one of the last answers. A safeguarding team for the whole area will read your report instead.',
            isPageHeading: true,
            choices: [
              ...found,
              {
                value: 'NOT_FOUND',
                label: 'I cannot find the school',
                dividerBefore: found.length > 0,
              },
              { value: 'OUTSIDE_AREA', label: 'The school is outside this area' },
              { value: 'NOT_AT_SCHOOL', label: 'The child is not at school' },
            ],
          },
          {
            kind: 'text',
            name: 'schoolOther',
            label: 'If the school is not in the list, what is it called? (optional)',
            spellCheck: false,
          },
        ]}
      />
    </QuestionPage>
  );
}
