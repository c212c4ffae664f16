import type { Metadata } from 'next';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { savePlatforms } from '@/lib/reporting/journey-actions';
import { listActivePlatforms } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'Where did it happen?' };

export default async function PlatformsPage() {
  const [answers, partnership] = await Promise.all([currentAnswers(), getPublicPartnership()]);
  const platforms = partnership ? await listActivePlatforms(partnership.id) : [];
  return (
    <QuestionPage back={backFrom('/report/platforms', answers)}>
      <QuestionForm
        action={savePlatforms}
        schema="platforms"
        values={{ platforms: answers.platforms, platformOther: answers.platformOther }}
        fields={[
          {
            kind: 'choices',
            type: 'checkbox',
            name: 'platforms',
            legend: 'Where did it happen?',
            hint: 'Choose all the apps, games or websites where it happened.',
            isPageHeading: true,
            small: true,
            choices: platforms.map((p) => ({
              value: p.id,
              label: p.name,
              conditional: p.isOther
                ? [
                    {
                      kind: 'text',
                      name: 'platformOther',
                      label: 'Name of the app, game or website',
                      spellCheck: false,
                    },
                  ]
                : undefined,
            })),
          },
        ]}
      />
    </QuestionPage>
  );
}
