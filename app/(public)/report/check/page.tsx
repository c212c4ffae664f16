import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, firstUnanswered } from '@/lib/reporting/journey';
import { sendReport } from '@/lib/reporting/send-actions';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import { QuestionPage } from '../question-page';
import { SendForm } from './send-form';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Check your answers before sending' };

export default async function CheckAnswersPage() {
  const answers = await currentAnswers();
  if (answers.sent || answers.sentElsewhere) redirect('/report/confirmation');
  const missing = firstUnanswered(answers);
  if (missing) redirect(missing);
  const rows = await summariseAnswers(answers, (await getPublicPartnership())?.id ?? null);
  return (
    <QuestionPage back={backFrom('/report/check', answers)}>
      <h1 className="govuk-heading-l">Check your answers before sending</h1>
      <SummaryList
        className="govuk-!-margin-bottom-9"
        valueClassName="app-preserve-lines"
        rows={rows.map((row) => ({ key: row.key, value: row.value, change: row.href }))}
      />
      <h2 className="govuk-heading-m">What happens to your report</h2>
      <p className="govuk-body">
        Only the safeguarding team at the child’s school sees it. If we do not know the school, the
        safeguarding team for the whole area sees it instead. They may share it with children’s social care or
        the police to keep a child safe.
      </p>
      <p className="govuk-body">
        We keep reports for as long as the law says safeguarding records must be kept, and then delete them.
        We do not keep your internet address or which device you used.{' '}
        <Link className="govuk-link" href="/privacy">
          Read the privacy notice
        </Link>
        .
      </p>
      <SendForm action={sendReport} />
    </QuestionPage>
  );
}
