import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { firstUnanswered } from '@/lib/reporting/answers';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { sendReport } from '@/lib/reporting/send-actions';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import { QuestionPage } from '../question-page';
import { SendForm } from './send-form';

export const metadata: Metadata = { title: 'Check your answers before sending' };

export default async function CheckAnswersPage() {
  const answers = await currentAnswers();
  if (answers.sent || answers.sentElsewhere) redirect('/report/confirmation');
  const missing = firstUnanswered(answers);
  if (missing) redirect(missing);
  const rows = await summariseAnswers(answers);
  return (
    <QuestionPage back="/report/about-you">
      <h1 className="govuk-heading-l">Check your answers before sending</h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-9">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value app-preserve-lines">{row.value}</dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={row.href}>
                Change<span className="govuk-visually-hidden"> {row.key.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
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
