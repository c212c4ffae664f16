import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/govuk/summary-list';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, firstUnanswered } from '@/lib/reporting/journey';
import { sendReport } from '@/lib/reporting/send-actions';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import { QuestionPage } from '../question-page';
import { SendForm } from './send-form';

export const generateMetadata = pageTitle('check.title');

export default async function CheckAnswersPage() {
  const [answers, t, formWords] = await Promise.all([currentAnswers(), getTranslations(), getFormWords()]);
  if (answers.sent || answers.sentElsewhere) redirect('/report/confirmation');
  const missing = firstUnanswered(answers);
  if (missing) redirect(missing);
  const rows = await summariseAnswers(answers, (await getPublicPartnership())?.id ?? null, t);
  return (
    <QuestionPage back={backFrom('/report/check', answers)}>
      <h1 className="govuk-heading-l">{t('check.title')}</h1>
      <SummaryList
        className="govuk-!-margin-bottom-9"
        valueClassName="app-preserve-lines"
        changeLabel={t('check.change')}
        rows={rows.map((row) => ({ key: row.key, value: row.value, change: row.href }))}
      />
      <h2 className="govuk-heading-m">{t('check.happensHeading')}</h2>
      <p className="govuk-body">{t('check.happens')}</p>
      <p className="govuk-body">
        {t.rich('check.keep', {
          privacy: (words) => (
            <Link className="govuk-link" href="/privacy">
              {words}
            </Link>
          ),
        })}
      </p>
      <SendForm
        action={sendReport}
        words={{
          send: t('check.send'),
          sending: t('check.sending'),
          sendingStatus: t('check.sendingStatus'),
          honeypot: t('check.honeypot'),
          problem: t('report.problem'),
          errors: formWords?.errors,
        }}
      />
    </QuestionPage>
  );
}
