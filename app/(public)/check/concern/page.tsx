import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { addReporterInformation, sendReporterMessage } from '@/lib/follow-up/follow-up-actions';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { provenConcernId } from '@/lib/follow-up/reporter-cookie';
import { DESCRIPTION_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';
import { FinishCheckForm } from './finish-check-form';
import { PlatformResponseForm } from './platform-response-form';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Your report' };

/**
 * The form's one-time key, new each time the page renders (and so after each send): the server stores one
 * write per key, so a double press or a resend after a network failure is stored once.
 */
function SendKey() {
  return <input type="hidden" name="sendKey" value={randomUUID()} />;
}

export default async function ReporterConcernPage() {
  const concernId = await provenConcernId();
  const concern = concernId ? await getConcernForReporter(concernId) : null;
  if (!concern) redirect('/check');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Reference {concern.reference}</span>
        <h1 className="govuk-heading-l">Your report</h1>
        <p className="govuk-body">
          Status:{' '}
          <strong className={`govuk-tag govuk-tag--${concern.status.colour}`}>{concern.status.tag}</strong>
        </p>
        <p className="govuk-body">{concern.status.sentence}</p>
        {concern.passedOn && (
          <div className="govuk-inset-text" id="passed-on">
            We sent your report to the right team to help this child. They can read your report and your
            messages. Their replies will show here.
          </div>
        )}
        <p className="govuk-body">Sent on {formatDateTime(concern.submittedAt)}.</p>
        <h2 className="govuk-heading-m">What has happened so far</h2>
        <SummaryList
          rows={concern.stages.map((stage) => ({
            key: stage.label,
            value: stage.on ? formatDate(stage.on) : stage.state === 'skipped' ? 'Not needed' : 'Not yet',
          }))}
        />
        {concern.closingMessage && (
          <div className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              What the team said when they finished
            </p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">{concern.closingMessage}</p>
          </div>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" href="/check/concern/proof">
            Print or save proof that you sent a report
          </Link>
        </p>
        <h2 className="govuk-heading-m">What you told us</h2>
        <SummaryList
          valueClassName="app-preserve-lines"
          rows={concern.report.map((row) => ({ key: row.key, value: <bdi>{row.value}</bdi> }))}
        />
        {concern.added.length > 0 && <h3 className="govuk-heading-s">What you added later</h3>}
        {concern.added.map((a) => (
          <div key={a.id} className="govuk-inset-text">
            <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(a.at)}</p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">
              <bdi>{a.text}</bdi>
            </p>
          </div>
        ))}
        <PlatformResponseForm platforms={concern.platforms} />
        <h2 className="govuk-heading-m">Messages</h2>
        {concern.messages.length === 0 && <p className="govuk-body">There are no messages yet.</p>}
        {concern.messages.map((m) => (
          <div key={m.id} className="govuk-inset-text">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{m.from}</strong>, {formatDateTime(m.at)}
            </p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">
              <bdi>{m.body}</bdi>
            </p>
          </div>
        ))}
        <QuestionForm
          action={sendReporterMessage}
          schema="reporterMessage"
          submitLabel="Send message"
          fields={[
            {
              kind: 'textarea',
              name: 'message',
              label: 'Send a message to the safeguarding team',
              maxLength: DESCRIPTION_MAX,
            },
          ]}
        >
          <SendKey />
        </QuestionForm>
        <QuestionForm
          action={addReporterInformation}
          schema="addInformation"
          submitLabel="Add to my report"
          fields={[
            {
              kind: 'textarea',
              name: 'information',
              label: 'Add something to your report',
              hint: 'For example, something new has happened, or something you forgot to tell us.',
              maxLength: DESCRIPTION_MAX,
            },
          ]}
        >
          <SendKey />
        </QuestionForm>
        <FinishCheckForm />
      </div>
    </div>
  );
}
