import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveDescription } from '@/lib/reporting/journey-actions';
import { DESCRIPTION_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.description.title');

/** GOV.UK Frontend's character count message forms (it fills in %{count}), for every plural form. */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export default async function DescriptionPage() {
  const [answers, t, words] = await Promise.all([
    currentAnswers(),
    getTranslations('report'),
    getFormWords(),
  ]);
  const count = (key: string) => t(`description.count.${key}`, { count: '%{count}' });
  const i18n: Record<string, string> = { 'data-i18n.characters-at-limit': t('description.count.atLimit') };
  for (const form of PLURAL_FORMS) {
    const one = form === 'one';
    i18n[`data-i18n.characters-under-limit.${form}`] = count(one ? 'underOne' : 'underOther');
    i18n[`data-i18n.characters-over-limit.${form}`] = count(one ? 'overOne' : 'overOther');
  }
  return (
    <QuestionPage back={backFrom('/report/description', answers)}>
      <QuestionForm
        action={saveDescription}
        schema="description"
        words={words}
        submitLabel={t('continue')}
        values={{ description: answers.description }}
        fields={[
          {
            kind: 'textarea',
            name: 'description',
            label: t('description.title'),
            hint: t('description.hint'),
            isPageHeading: true,
            maxLength: DESCRIPTION_MAX,
            countWords: { limit: t('description.limit', { max: DESCRIPTION_MAX }), i18n },
          },
        ]}
      />
    </QuestionPage>
  );
}
