import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { addReporterInformation, sendReporterMessage } from '@/lib/follow-up/follow-up-actions';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { provenConcernId } from '@/lib/follow-up/reporter-cookie';
import { characterCountWords } from '@/lib/i18n/character-count-words';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { CATALOGUES } from '@/lib/i18n/locales';
import { pageTitle } from '@/lib/i18n/page-title';
import { requestLocale } from '@/lib/i18n/request-locale';
import { DESCRIPTION_MAX } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';
import { FinishCheckForm } from './finish-check-form';
import { ReviewRequest } from './review-request';
import { PlatformResponseForm } from './platform-response-form';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { SummaryList } from '@/components/govuk/summary-list';

export const generateMetadata = pageTitle('followUp.title');

/**
 * The form's one-time key, new each time the page renders (and so after each send): the server stores one
 * write per key, so a double press or a resend after a network failure is stored once.
 */
function SendKey() {
  return <input type="hidden" name="sendKey" value={randomUUID()} />;
}

export default async function ReporterConcernPage() {
  const [concernId, t, locale, words, countWords] = await Promise.all([
    provenConcernId(),
    getTranslations(),
    requestLocale(),
    getFormWords(),
    characterCountWords(DESCRIPTION_MAX),
  ]);
  const concern = concernId ? await getConcernForReporter(concernId, t) : null;
  if (!concern) redirect('/check');
  // Dates in the parent's language, in UK time ("2 Rhagfyr 2026, 14:05").
  const { tag } = CATALOGUES[locale];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{t('followUp.reference', { reference: concern.reference })}</span>
        <h1 className="govuk-heading-l">{t('followUp.title')}</h1>
        <p className="govuk-body">
          {t('followUp.status')}{' '}
          <strong className={`govuk-tag govuk-tag--${concern.status.colour}`}>{concern.status.tag}</strong>
        </p>
        <p className="govuk-body">{concern.status.sentence}</p>
        {concern.passedOn && (
          <div className="govuk-inset-text" id="passed-on">
            {t('followUp.passedOn')}
          </div>
        )}
        <p className="govuk-body">
          {t('followUp.sentOn', { date: formatDateTime(concern.submittedAt, tag) })}
        </p>
        <h2 className="govuk-heading-m">{t('followUp.stagesHeading')}</h2>
        <SummaryList
          rows={concern.stages.map((stage) => ({
            key: stage.label,
            value: stage.on
              ? formatDate(stage.on, tag)
              : t(stage.state === 'skipped' ? 'followUp.notNeeded' : 'followUp.notYet'),
          }))}
        />
        {concern.closingMessage && (
          <div className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {t('followUp.closingHeading')}
            </p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">{concern.closingMessage}</p>
          </div>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" href="/check/concern/proof">
            {t('followUp.proof')}
          </Link>
        </p>
        <h2 className="govuk-heading-m">{t('followUp.toldHeading')}</h2>
        <SummaryList
          valueClassName="app-preserve-lines"
          rows={concern.report.map((row) => ({ key: row.key, value: <bdi>{row.value}</bdi> }))}
        />
        {concern.added.length > 0 && <h3 className="govuk-heading-s">{t('followUp.addedHeading')}</h3>}
        {concern.added.map((a) => (
          <div key={a.id} className="govuk-inset-text">
            <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(a.at, tag)}</p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">
              <bdi>{a.text}</bdi>
            </p>
          </div>
        ))}
        <PlatformResponseForm platforms={concern.platforms} words={words} tag={tag} />
        <h2 className="govuk-heading-m">{t('followUp.messagesHeading')}</h2>
        {concern.messages.length === 0 && <p className="govuk-body">{t('followUp.noMessages')}</p>}
        {concern.messages.map((m) => (
          <div key={m.id} className="govuk-inset-text">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{m.from}</strong>, {formatDateTime(m.at, tag)}
            </p>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">
              <bdi>{m.body}</bdi>
            </p>
          </div>
        ))}
        <QuestionForm
          action={sendReporterMessage}
          schema="reporterMessage"
          words={words}
          submitLabel={t('followUp.send')}
          fields={[
            {
              kind: 'textarea',
              name: 'message',
              label: t('followUp.messageLabel'),
              maxLength: DESCRIPTION_MAX,
              countWords,
            },
          ]}
        >
          <SendKey />
        </QuestionForm>
        <QuestionForm
          action={addReporterInformation}
          schema="addInformation"
          words={words}
          submitLabel={t('followUp.add')}
          fields={[
            {
              kind: 'textarea',
              name: 'information',
              label: t('followUp.addLabel'),
              hint: t('followUp.addHint'),
              maxLength: DESCRIPTION_MAX,
              countWords,
            },
          ]}
        >
          <SendKey />
        </QuestionForm>
        <ReviewRequest review={concern.review} />
        <FinishCheckForm label={t('followUp.finish')} />
      </div>
    </div>
  );
}
