import { getTranslations } from 'next-intl/server';
import { checkConcern } from '@/lib/follow-up/follow-up-actions';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { QuestionForm } from '../question-form';
import { QuestionPage } from '../report/question-page';

export const generateMetadata = pageTitle('checkReport.title');

export default async function CheckPage() {
  const [t, report, words] = await Promise.all([
    getTranslations('checkReport'),
    getTranslations('report'),
    getFormWords(),
  ]);
  return (
    <QuestionPage back="/">
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('intro')}</p>
      <QuestionForm
        action={checkConcern}
        schema="receiptCheck"
        words={words}
        submitLabel={report('continue')}
        fields={[
          {
            kind: 'text',
            name: 'reference',
            label: t('reference'),
            hint: t('referenceHint'),
            width: 10,
            spellCheck: false,
          },
          {
            kind: 'text',
            name: 'receipt',
            label: t('code'),
            hint: t('codeHint'),
            width: 20,
            spellCheck: false,
          },
        ]}
      />
    </QuestionPage>
  );
}
