import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { savePlatforms } from '@/lib/reporting/journey-actions';
import { listActivePlatforms } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.platforms.title');

export default async function PlatformsPage() {
  const [answers, partnership, t, words] = await Promise.all([
    currentAnswers(),
    getPublicPartnership(),
    getTranslations('report'),
    getFormWords(),
  ]);
  const platforms = partnership ? await listActivePlatforms(partnership.id) : [];
  return (
    <QuestionPage back={backFrom('/report/platforms', answers)}>
      <QuestionForm
        action={savePlatforms}
        schema="platforms"
        words={words}
        submitLabel={t('continue')}
        values={{ platforms: answers.platforms, platformOther: answers.platformOther }}
        fields={[
          {
            kind: 'choices',
            type: 'checkbox',
            name: 'platforms',
            legend: t('platforms.title'),
            hint: t('platforms.hint'),
            isPageHeading: true,
            small: true,
            // Platform names stay as the platforms write them, in every language.
            choices: platforms.map((p) => ({
              value: p.id,
              label: p.name,
              conditional: p.isOther
                ? [{ kind: 'text', name: 'platformOther', label: t('platforms.other'), spellCheck: false }]
                : undefined,
            })),
          },
        ]}
      />
    </QuestionPage>
  );
}
